package dk.samspil.pipeline.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.support.IntegrationTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The iCalendar and Atom feeds, read back with real parsers (ical4j and ROME). */
@AutoConfigureMockMvc
@WithMockUser(username = "indkoeber@test.dk", roles = "PROCUREMENT")
class FeedsTest extends IntegrationTest {

    @Autowired
    ProcurementService service;

    @Autowired
    MockMvc mvc;

    @Test
    void calendarHasOneStableEventPerEntryWhoseSequenceRisesWithEachChange() throws Exception {
        String reference = OpenDataFixture.publishedChangedAndTendered(service);
        String cancelled = OpenDataFixture.publishedAndCancelled(service);

        String body = calendar();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(body.split("\r\n")))
                .allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);

        VEvent event = event(body, reference);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/kommende-indkob/" + reference);
        assertThat(value(event, Property.DTSTART))
                .isEqualTo(OpenDataFixture.nextYear(3).from().toString().replace("-", ""));
        assertThat(value(event, Property.DTEND))
                .isEqualTo(
                        OpenDataFixture.nextYear(3).to().plusDays(1).toString().replace("-", ""));
        assertThat(value(event, Property.DESCRIPTION))
                .startsWith(
                        "Renovering af tage; udskiftning af tagpap, kviste og tagrender.\n\nAndet afsnit med en skråstreg \\ og æøå")
                .contains("Læs mere: http://localhost:8080/kommende-indkob/" + reference);
        assertThat(value(event(body, cancelled), Property.STATUS)).isEqualTo("CANCELLED");

        service.changeStatus(reference, ProcurementStatus.POSTPONED, "Afventer budget", null);
        VEvent changed = event(calendar(), reference);
        assertThat(value(changed, Property.UID))
                .isEqualTo(value(event, Property.UID))
                .isEqualTo(reference + "@localhost");
        assertThat(value(changed, Property.SEQUENCE)).isEqualTo("4");
    }

    @Test
    void atomFeedListsPublicationsAndChangesNewestFirst() throws Exception {
        String reference = OpenDataFixture.publishedChangedAndTendered(service);

        String body = mvc.perform(get("/feeds/kommende-indkob.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        SyndFeed feed = new SyndFeedInput().build(new StringReader(body));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("tag:localhost,2026:kommende-indkob");
        List<SyndEntry> entries = feed.getEntries().stream()
                .filter(e -> e.getLink().equals("http://localhost:8080/kommende-indkob/" + reference))
                .toList();
        assertThat(entries)
                .extracting(SyndEntry::getTitle)
                .containsExactly(
                        "Status: Tagrenovering på plejecentre, etape 1 – Udbud offentliggjort",
                        "Ændret: Tagrenovering på plejecentre, etape 1",
                        "Offentliggjort: Tagrenovering på plejecentre, etape 1");
        assertThat(entries)
                .extracting(SyndEntry::getUri)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("tag:localhost,2026:kommende-indkob/" + reference + "/"));
        assertThat(entries.get(1).getDescription().getValue())
                .contains("Forventet offentliggørelse af udbud: 2. kvartal "
                        + OpenDataFixture.nextYear(2).year() + " → 3. kvartal "
                        + OpenDataFixture.nextYear(3).year())
                .contains("Begrundelse: Udskudt et kvartal");
        assertThat(entries.get(0).getDescription().getValue()).contains("Status: Forventet → Udbud offentliggjort");
        assertThat(entries.get(0).getUpdatedDate())
                .isAfterOrEqualTo(entries.get(2).getUpdatedDate());
    }

    private String calendar() throws Exception {
        return mvc.perform(get("/feeds/kommende-indkob.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static VEvent event(String body, String reference) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream()
                .filter(e -> value(e, Property.UID).equals(reference + "@localhost"))
                .findFirst()
                .orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
