package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.DanishFormats;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rule in words for the wheel's table (in Danish: Hvert år, i februar, maj, august og november, 3. tirsdag), so that nobody
 * needs to read RRULE syntax to know when an item comes round; the words come from the message bundles.
 */
@Component
class RuleDescriptions {

    private final MessageSource messages;
    private final DanishFormats formats;

    RuleDescriptions(MessageSource messages, DanishFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String describe(String text, Locale locale) {
        RecurrenceRule rule = RecurrenceRule.parse(text);
        List<String> parts = new ArrayList<>();
        parts.add(text(
                "agreement.wheel.rule." + rule.frequency().name().toLowerCase(Locale.ROOT), locale, rule.interval()));
        if (!rule.byMonth().isEmpty()) {
            parts.add(text(
                    "agreement.wheel.rule.months",
                    locale,
                    join(
                            rule.byMonth().stream()
                                    .map(m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, locale))
                                    .toList(),
                            locale)));
        }
        if (!rule.byMonthDay().isEmpty()) {
            parts.add(join(
                    rule.byMonthDay().stream()
                            .map(day -> day == -1
                                    ? text("agreement.wheel.rule.lastDay", locale)
                                    : day < 0
                                            ? text("agreement.wheel.rule.fromEnd", locale, -day)
                                            : text("agreement.wheel.rule.monthDay", locale, day))
                            .toList(),
                    locale));
        }
        if (!rule.byDay().isEmpty()) {
            parts.add(join(
                    rule.byDay().stream()
                            .map(day -> {
                                String name = day.day().getDisplayName(TextStyle.FULL, locale);
                                int n = day.ordinal();
                                if (n == 0) {
                                    return name;
                                }
                                if (n == -1) {
                                    return text("agreement.wheel.rule.weekday.last", locale, name);
                                }
                                return n > 0
                                        ? text("agreement.wheel.rule.weekday.nth", locale, n, name)
                                        : text("agreement.wheel.rule.weekday.nthLast", locale, -n, name);
                            })
                            .toList(),
                    locale));
        }
        if (rule.count() != null) {
            parts.add(text("agreement.wheel.rule.count", locale, rule.count()));
        }
        if (rule.until() != null) {
            parts.add(text("agreement.wheel.rule.until", locale, formats.date(rule.until(), locale)));
        }
        return String.join(", ", parts);
    }

    /** The items as a list in words: a, b og c (or a, b and c). */
    private String join(List<String> items, Locale locale) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("agreement.wheel.rule.and", locale)
                + " " + items.get(items.size() - 1);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
