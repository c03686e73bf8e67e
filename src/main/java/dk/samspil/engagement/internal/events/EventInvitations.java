package dk.samspil.engagement.internal.events;

import dk.samspil.platform.ICalendarText;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The iCalendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) of one registration: the UID is stable
 * per event and registration, so calendars update the same entry; SEQUENCE rises with each change.
 */
@Component
class EventInvitations {

    private final PlatformProperties platform;
    private final EventLinks links;
    private final Clock clock;

    EventInvitations(PlatformProperties platform, EventLinks links, Clock clock) {
        this.platform = platform;
        this.links = links;
        this.clock = clock;
    }

    OutgoingMail.Attachment request(Event event, Registration registration, Slot slot, String organizerName) {
        return attachment("REQUEST", event, registration, slot, organizerName);
    }

    OutgoingMail.Attachment cancel(Event event, Registration registration, Slot slot, String organizerName) {
        return attachment("CANCEL", event, registration, slot, organizerName);
    }

    String uid(Event event, Registration registration) {
        String host = URI.create(platform.baseUrl()).getHost();
        return "event-" + event.id() + "-registration-" + registration.id() + "@"
                + (host == null ? "samspil.local" : host);
    }

    /** A meeting with a place and a link has the link in its description (the location holds the place). */
    private static String online(EventDetails d) {
        return d.place() != null && d.onlineUrl() != null ? "\n\n" + d.onlineUrl() : "";
    }

    private OutgoingMail.Attachment attachment(
            String method, Event event, Registration registration, Slot slot, String organizerName) {
        EventDetails d = event.details();
        Instant start = slot != null ? slot.startsAt() : d.startsAt();
        Instant end = slot != null ? slot.endsAt() : d.endsAt();
        ICalendarText ics = new ICalendarText()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Samspil//Arrangementer//DA")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", method)
                .raw("BEGIN", "VEVENT")
                .raw("UID", uid(event, registration))
                .raw("SEQUENCE", String.valueOf(registration.icsSequence()))
                .utc("DTSTAMP", clock.instant())
                .utc("DTSTART", start)
                .utc("DTEND", end)
                .text("SUMMARY", d.title())
                .text("DESCRIPTION", d.description() + online(d) + "\n\n" + links.eventUrl(event.id()))
                .text("LOCATION", d.place() != null ? d.place() : d.onlineUrl())
                .raw("URL", links.eventUrl(event.id()))
                .raw(
                        "ORGANIZER;CN=" + ICalendarText.quoted(organizerName),
                        "mailto:" + platform.mail().from())
                .raw(
                        "ATTENDEE;CN=" + ICalendarText.quoted(registration.name())
                                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED",
                        "mailto:" + registration.email())
                .raw("STATUS", "CANCEL".equals(method) ? "CANCELLED" : "CONFIRMED")
                .raw("END", "VEVENT")
                .raw("END", "VCALENDAR");
        return new OutgoingMail.Attachment(
                "CANCEL".equals(method) ? "aflysning.ics" : "invitation.ics",
                "text/calendar; charset=UTF-8; method=" + method,
                ics.build().getBytes(StandardCharsets.UTF_8));
    }
}
