package dk.samspil.pipeline.internal.opendata;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.ICalendarText;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The iCalendar feed: one all-day event per public entry over its expected tender publication (a month or a
 * quarter). The UID never changes and SEQUENCE is the entry's version, so calendars replace an event when the
 * entry changes and remove it when it is cancelled.
 */
@Component
class UpcomingCalendar {

    static final String PATH = "/feeds/kommende-indkob.ics";
    private static final Locale DANISH = DanishFormats.DANISH;

    private final OpenDataQueries queries;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final OpenDataLinks links;

    UpcomingCalendar(
            OpenDataQueries queries, OrganisationService organisation, MessageSource messages, OpenDataLinks links) {
        this.queries = queries;
        this.organisation = organisation;
        this.messages = messages;
        this.links = links;
    }

    String calendar() {
        String municipality = organisation
                .municipality()
                .map(Municipality::name)
                .orElseGet(() -> messages.getMessage("pipeline.opendata.municipality.unknown", null, DANISH));
        ICalendarText ics = new ICalendarText()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .text("PRODID", "-//Samspil//Pipeline//DA")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text(
                        "X-WR-CALNAME",
                        messages.getMessage("pipeline.feed.calendar.name", new Object[] {municipality}, DANISH))
                .text("X-WR-CALDESC", messages.getMessage("pipeline.feed.calendar.description", null, DANISH))
                .raw("X-WR-TIMEZONE", DanishFormats.ZONE.getId())
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT12H")
                .raw("X-PUBLISHED-TTL", "PT12H");
        String host = links.host();
        for (PlannedProcurement p : queries.publicEntries()) {
            event(ics, p, host);
        }
        return ics.raw("END", "VCALENDAR").build();
    }

    private void event(ICalendarText ics, PlannedProcurement p, String host) {
        Instant modified = p.lastChangedAt() != null ? p.lastChangedAt() : p.updatedAt();
        String url = links.detailPage(p.reference());
        String status = messages.getMessage("pipeline.status." + p.status().name(), null, DANISH);
        String description = p.details().description() + "\n\n"
                + messages.getMessage(
                        "pipeline.feed.calendar.details", new Object[] {p.reference(), status, url}, DANISH);
        ics.raw("BEGIN", "VEVENT")
                .text("UID", p.reference() + "@" + host)
                .raw("SEQUENCE", Integer.toString(p.version()))
                .utc("DTSTAMP", modified)
                .utc("CREATED", p.publishedAt() != null ? p.publishedAt() : p.createdAt())
                .utc("LAST-MODIFIED", modified)
                .date("DTSTART", p.details().expectedPublication().from())
                .date("DTEND", p.details().expectedPublication().to().plusDays(1))
                .text(
                        "SUMMARY",
                        messages.getMessage(
                                "pipeline.feed.calendar.summary",
                                new Object[] {p.details().title()},
                                DANISH))
                .text("DESCRIPTION", description)
                .raw("URL", url)
                .raw("STATUS", p.status() == ProcurementStatus.CANCELLED ? "CANCELLED" : "TENTATIVE")
                .raw("TRANSP", "TRANSPARENT")
                .raw("END", "VEVENT");
    }
}
