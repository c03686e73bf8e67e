package dk.samspil.networks.internal;

import dk.samspil.platform.ICalendarText;
import dk.samspil.platform.PlatformProperties;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The iCalendar of network meetings, written with the platform's {@link ICalendarText} as the engagement module's
 * invitations are: one UID per meeting, so an invitation (METHOD:REQUEST), its update and its cancellation
 * (METHOD:CANCEL) are the same calendar entry; SEQUENCE rises with each change. The yearly plan is the same entries
 * published as a feed.
 */
@Component
class NetworkCalendar {

    private final PlatformProperties platform;
    private final Clock clock;

    NetworkCalendar(PlatformProperties platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    String uid(Meeting meeting) {
        String host = URI.create(platform.baseUrl()).getHost();
        return "network-meeting-" + meeting.id() + "@" + (host == null ? "samspil.local" : host);
    }

    /** An invitation or cancellation for one invitee. */
    String invitation(Network network, Meeting meeting, String email, @Nullable String name, boolean cancel) {
        ICalendarText ics = header(cancel ? "CANCEL" : "REQUEST");
        event(ics, network, meeting, cancel || meeting.cancelled())
                .raw(
                        "ORGANIZER;CN=" + ICalendarText.quoted(network.name()),
                        "mailto:" + platform.mail().from())
                .raw(
                        "ATTENDEE;CN=" + ICalendarText.quoted(name == null ? email : name)
                                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE",
                        "mailto:" + email)
                .raw("END", "VEVENT");
        return ics.raw("END", "VCALENDAR").build();
    }

    /** The year's meetings of a network as a published calendar. */
    String feed(Network network, List<Meeting> meetings) {
        ICalendarText ics = header("PUBLISH").text("X-WR-CALNAME", network.name());
        for (Meeting meeting : meetings) {
            event(ics, network, meeting, meeting.cancelled()).raw("END", "VEVENT");
        }
        return ics.raw("END", "VCALENDAR").build();
    }

    private ICalendarText header(String method) {
        return new ICalendarText()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Samspil//Netvaerk//DA")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", method);
    }

    /** The meeting as a VEVENT; {@code cancelled} for the whole meeting, or for one invitee who is no longer asked. */
    private ICalendarText event(ICalendarText ics, Network network, Meeting meeting, boolean cancelled) {
        StringBuilder description = new StringBuilder();
        for (Meeting.AgendaItem item : meeting.agenda()) {
            description.append("- ").append(item.title());
            if (item.presenter() != null) {
                description.append(" (").append(item.presenter()).append(')');
            }
            description.append('\n');
            if (item.description() != null) {
                item.description()
                        .lines()
                        .forEach(line -> description.append("  ").append(line).append('\n'));
            }
        }
        if (meeting.place() != null && meeting.onlineUrl() != null) {
            description.append('\n').append(meeting.onlineUrl());
        }
        return ics.raw("BEGIN", "VEVENT")
                .raw("UID", uid(meeting))
                .raw("SEQUENCE", String.valueOf(meeting.icsSequence()))
                .utc("DTSTAMP", clock.instant())
                .utc("DTSTART", meeting.startsAt())
                .utc("DTEND", meeting.endsAt())
                .text("SUMMARY", network.name() + ": " + meeting.title())
                .text("DESCRIPTION", description.toString().strip())
                .text("LOCATION", meeting.place() != null ? meeting.place() : meeting.onlineUrl())
                .raw("STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
    }
}
