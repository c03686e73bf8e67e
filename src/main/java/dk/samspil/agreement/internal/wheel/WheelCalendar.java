package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.ICalendarText;
import dk.samspil.platform.PlatformProperties;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wheel as an iCalendar feed (RFC 5545), written with the platform's {@link ICalendarText}: one whole-day VEVENT
 * per item, a recurring one with its {@code RRULE} (as the wheel stores it, so every calendar client expands the same
 * dates as the wheel), the category in {@code CATEGORIES}.
 */
@Component
class WheelCalendar {

    private final PlatformProperties platform;
    private final MessageSource messages;
    private final Clock clock;

    WheelCalendar(PlatformProperties platform, MessageSource messages, Clock clock) {
        this.platform = platform;
        this.messages = messages;
        this.clock = clock;
    }

    String feed(List<WheelItem> items) {
        ICalendarText ics = new ICalendarText()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Samspil//Aarshjul//DA")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", text("agreement.wheel.feed.name"));
        for (WheelItem item : items) {
            ics.raw("BEGIN", "VEVENT")
                    .raw("UID", uid(item))
                    .utc("DTSTAMP", clock.instant())
                    .date("DTSTART", item.startsOn())
                    .date("DTEND", item.startsOn().plusDays(1));
            if (item.rrule() != null) {
                ics.raw("RRULE", item.rrule());
            }
            ics.text("SUMMARY", item.title())
                    .text("CATEGORIES", text("agreement.wheel.category." + item.category()))
                    .raw("TRANSP", "TRANSPARENT");
            if (item.description() != null) {
                ics.text("DESCRIPTION", item.description());
            }
            ics.raw("URL", platform.link(WheelPaths.year(item.startsOn().getYear())))
                    .raw("END", "VEVENT");
        }
        return ics.raw("END", "VCALENDAR").build();
    }

    private String uid(WheelItem item) {
        String host = URI.create(platform.baseUrl()).getHost();
        return "agreement-wheel-" + item.id() + "@" + (host == null ? "samspil.local" : host);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }
}
