package dk.samspil.alerts.internal;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.platform.DanishFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A subscription in one line of words, for mails and the manage page. */
@Component
class SubscriptionSummaries {

    private final MessageSource messages;
    private final CpvCatalogue cpv;
    private final DanishFormats formats;

    SubscriptionSummaries(MessageSource messages, CpvCatalogue cpv, DanishFormats formats) {
        this.messages = messages;
        this.cpv = cpv;
        this.formats = formats;
    }

    String summary(Subscription subscription, Locale locale) {
        if (subscription.kind() == SubscriptionKind.FOLLOW) {
            return messages.getMessage(
                    "alerts.summary.follow", new Object[] {subscription.procurementReference()}, locale);
        }
        Criteria c = subscription.criteria();
        List<String> parts = new ArrayList<>();
        for (String code : c.cpvCodes()) {
            parts.add("CPV " + code + " " + cpv.label(new CpvCode(code), locale).orElse(""));
        }
        if (!c.keywords().isEmpty()) {
            parts.add(messages.getMessage(
                    "alerts.summary.keywords", new Object[] {String.join(", ", c.keywords())}, locale));
        }
        if (!c.excludedKeywords().isEmpty()) {
            parts.add(messages.getMessage(
                    "alerts.summary.excluded", new Object[] {String.join(", ", c.excludedKeywords())}, locale));
        }
        if (!c.buyingUnits().isEmpty()) {
            parts.add(messages.getMessage(
                    "alerts.summary.units", new Object[] {String.join(", ", c.buyingUnits())}, locale));
        }
        if (c.minValueDkk() != null) {
            parts.add(
                    messages.getMessage("alerts.summary.min", new Object[] {formats.amount(c.minValueDkk())}, locale));
        }
        if (c.maxValueDkk() != null) {
            parts.add(
                    messages.getMessage("alerts.summary.max", new Object[] {formats.amount(c.maxValueDkk())}, locale));
        }
        if (c.smeSuitableOnly()) {
            parts.add(messages.getMessage("alerts.summary.sme", null, locale));
        }
        return String.join("; ", parts);
    }
}
