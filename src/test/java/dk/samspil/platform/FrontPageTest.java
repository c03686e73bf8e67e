package dk.samspil.platform;

import static dk.samspil.pipeline.PublicEntries.dkk;
import static dk.samspil.pipeline.PublicEntries.nextYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilApplication;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestDatabase;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The front page is a service made of what the modules contribute: the search box into the list, the live counts,
 * the newest and soonest purchases (no entry twice), the next events with room left, the call to subscribe and the
 * business centre; on an empty database it still leads on.
 */
@AutoConfigureMockMvc
class FrontPageTest extends IntegrationTest {

    private static final Pattern FACTS =
            Pattern.compile("(\\d+) kommende indkøb til en anslået værdi af ([\\d.,]+) (mio\\. )?kr\\.");
    private static final Pattern ENTRY_LINK = Pattern.compile("href=\"/kommende-indkob/([^\"/?]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void searchBoxLeadsIntoTheListAndEveryPartIsThere() throws Exception {
        String centre = "Erhvervshus " + PublicEntries.uniqueWord();
        jdbc.sql("""
                        INSERT INTO business_centre (id, name, address, postal_code, city, contact_email, contact_phone,
                                                     website)
                        VALUES (1, :name, 'Torvet 1', '9999', 'Testby', 'kontakt@erhvervshus.test', '12 34 56 78',
                                'https://erhvervshus.test')
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                            postal_code = excluded.postal_code, city = excluded.city,
                            contact_email = excluded.contact_email, contact_phone = excluded.contact_phone,
                            website = excluded.website""").param("name", centre).update();
        String newest = publish(
                "Vinduespolering " + PublicEntries.uniqueWord(),
                EstimatedValue.exact(dkk(2_000_000)),
                ExpectedPeriod.ofQuarter(nextYear(), 4));
        String open = PublicEntries.uniqueWord();
        String full = PublicEntries.uniqueWord();
        long openEvent = event("Markedsdialog " + open, 10, 20);
        long fullEvent = event("Workshop " + full, 1, 10);
        jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, email, participants, status,
                                                             created_at, updated_at)
                        VALUES (:id, 'Anne', 'Firma', 'anne@firma.test', 1, 'CONFIRMED', now(), now())""").param("id", fullEvent).update();

        String page = page();

        assertThat(page)
                .contains("<form action=\"/kommende-indkob\" method=\"get\" role=\"search\">")
                .contains("name=\"q\"")
                .contains("href=\"/kommende-indkob/" + newest + "\"")
                .contains("href=\"/varsling\"")
                .contains("Få besked om nye indkøb")
                .contains("href=\"/arrangementer/" + openEvent + "\"")
                .contains("Markedsdialog " + open)
                .contains("10 ledige pladser")
                .doesNotContain("Workshop " + full)
                .contains(centre)
                .contains("href=\"mailto:kontakt@erhvervshus.test\"")
                .contains("href=\"tel:12345678\"")
                .contains("href=\"https://erhvervshus.test\"")
                // The sections are cards whose title links to the section.
                .contains("href=\"/kommende-indkob\"")
                .contains("href=\"/arrangementer\"");
        assertThat(page.indexOf("href=\"/kommende-indkob/" + newest + "\""))
                .isLessThan(page.indexOf("Næste arrangementer"));
    }

    @Test
    void noEntryIsShownTwiceAmongTheNewestAndTheSoonest() throws Exception {
        // Expected this month and just published: both the newest and among the soonest.
        LocalDate today = LocalDate.now(DanishFormats.ZONE);
        String both = publish(
                "Snerydning " + PublicEntries.uniqueWord(),
                EstimatedValue.unknown(),
                ExpectedPeriod.ofMonth(today.getYear(), today.getMonthValue()));

        String page = page();

        List<String> references = new ArrayList<>();
        Matcher links = ENTRY_LINK.matcher(page);
        while (links.find()) {
            references.add(links.group(1));
        }
        assertThat(references).contains(both);
        assertThat(references).doesNotHaveDuplicates();
        assertThat(references).hasSizeBetween(1, 2 * 3);
    }

    @Test
    void countsAreLiveAndLeaveOutDraftsCancelledAndPastEntries() throws Exception {
        Facts before = facts(page());

        publish(
                "Skolebyggeri " + PublicEntries.uniqueWord(),
                EstimatedValue.exact(dkk(50_000_000)),
                ExpectedPeriod.ofQuarter(nextYear(), 1));
        String range = publish(
                "Kantinedrift " + PublicEntries.uniqueWord(),
                EstimatedValue.range(dkk(10_000_000), dkk(30_000_000)),
                ExpectedPeriod.ofQuarter(nextYear(), 2));
        procurements.createDraft(
                PublicEntries.uniqueReference("FDRAFT"),
                PublicEntries.simple(
                        "Kladde " + PublicEntries.uniqueWord(), "90910000", ExpectedPeriod.ofQuarter(nextYear(), 1)));
        String cancelled = publish(
                "Aflyst " + PublicEntries.uniqueWord(),
                EstimatedValue.exact(dkk(9_000_000)),
                ExpectedPeriod.ofQuarter(nextYear(), 1));
        procurements.changeStatus(cancelled, ProcurementStatus.CANCELLED, "Droppet", null);

        Facts after = facts(page());

        assertThat(after.count()).isEqualTo(before.count() + 2);
        // 50 mio. and the middle of 10–30 mio.: 70 mio. more, up to the rounding of the shown totals.
        assertThat(after.millions() - before.millions()).isBetween(69.0, 71.0);
        assertThat(range).isNotBlank();
    }

    /** A fresh database with only the migrations: every part copes, and the page still leads on. */
    @Test
    void anEmptyDatabaseGivesAFrontPageThatLeadsOn() {
        String database =
                "front_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient.create(TestDatabase.server().getPostgresDatabase())
                .sql("CREATE DATABASE " + database)
                .update();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamspilApplication.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", database),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres")
                .run()) {
            int emptyPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> response = new Http(emptyPort).get("/");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("<form action=\"/kommende-indkob\" method=\"get\" role=\"search\">")
                    .contains("Der er ingen kommende indkøb lige nu")
                    .contains("href=\"/varsling\"")
                    .doesNotContain("Næste arrangementer")
                    .doesNotContain("Spørgsmål og rådgivning")
                    .doesNotContain("href=\"/kommende-indkob/");
        }
    }

    private String page() throws Exception {
        return mvc.perform(get("/").locale(Locale.forLanguageTag("da")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String publish(String title, EstimatedValue value, ExpectedPeriod expected) {
        String reference = PublicEntries.uniqueReference("FRONT");
        procurements.createDraft(
                reference,
                PublicEntries.details(
                        title,
                        "Til forsiden.",
                        null,
                        "90910000",
                        value,
                        ProcurementProcedure.NATIONAL,
                        expected,
                        false,
                        false,
                        List.of()));
        procurements.publish(reference);
        return reference;
    }

    /** A published event in the next hour, so that it is among the next three of the shared database. */
    private long event(String title, int capacity, int minutesAhead) {
        OffsetDateTime start =
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(minutesAhead).withNano(0);
        return jdbc.sql("""
                        INSERT INTO engagement_event (type, title, description, starts_at, ends_at, place, capacity,
                            status, created_by, created_at, updated_at, published_at)
                        VALUES ('MARKET_DIALOGUE', :title, '', :start, :end, 'Rådhuset', :capacity, 'PUBLISHED', 'test',
                            now(), now(), now()) RETURNING id""")
                .param("title", title)
                .param("start", start)
                .param("end", start.plusHours(2))
                .param("capacity", capacity)
                .query(Long.class)
                .single();
    }

    private record Facts(long count, double millions) {}

    private static Facts facts(String page) {
        Matcher matcher = FACTS.matcher(page);
        assertThat(matcher.find()).as("the live counts on the front page").isTrue();
        double amount = Double.parseDouble(matcher.group(2).replace(".", "").replace(",", "."));
        return new Facts(Long.parseLong(matcher.group(1)), matcher.group(3) == null ? amount / 1_000_000 : amount);
    }
}
