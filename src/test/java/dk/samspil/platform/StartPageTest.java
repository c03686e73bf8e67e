package dk.samspil.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.engagement.TestEvents;
import dk.samspil.engagement.TestInterests;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What each staff role finds on its start page ({@code /intern}), from every module's sections. */
@AutoConfigureMockMvc
class StartPageTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementService procurements;

    private String published(String word) {
        String reference = PublicEntries.uniqueReference("START");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Rengøring " + word, "90910000", ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 1)));
        procurements.publish(reference);
        return reference;
    }

    private String page(String... roles) throws Exception {
        return mvc.perform(get("/intern")
                        .with(user("start-" + UUID.randomUUID() + "@example.dk").roles(roles)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The number in the column {@code column} (0-based) of the row that starts with {@code reference}. */
    private static String cell(String html, String reference, int column) {
        Matcher row = Pattern.compile(
                        "<tr>\\s*<td><a[^>]*>" + Pattern.quote(reference) + "</a></td>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        org.assertj.core.api.Assertions.assertThat(row.find())
                .as("row of %s", reference)
                .isTrue();
        Matcher cells = Pattern.compile("<td>([^<]*)</td>").matcher(row.group(1));
        for (int i = 0; i < column; i++) {
            cells.find();
        }
        org.assertj.core.api.Assertions.assertThat(cells.find()).isTrue();
        return cells.group(1).strip();
    }

    @Test
    void procurementOfficersSeeDraftsStaleEntriesNewInterestsAndEvents() throws Exception {
        String draft = PublicEntries.uniqueReference("DRAFT");
        procurements.createDraft(
                draft,
                PublicEntries.simple(
                        "Kladde " + PublicEntries.uniqueWord(),
                        "90910000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        String stale = published(PublicEntries.uniqueWord());
        jdbc.sql("UPDATE planned_procurement SET expected_from = :from, expected_to = :to WHERE reference = :r")
                .param("from", LocalDate.now().minusMonths(3))
                .param("to", LocalDate.now().minusDays(1))
                .param("r", stale)
                .update();
        String wanted = published(PublicEntries.uniqueWord());
        TestInterests.confirmed(jdbc, wanted, "VVS & Co ApS", "vvs-" + UUID.randomUUID() + "@example.dk", false);
        String eventTitle = "Markedsdialog " + PublicEntries.uniqueWord();
        TestEvents.insert(jdbc, "MARKET_DIALOGUE", eventTitle, "PUBLISHED", null, wanted);

        mvc.perform(get("/intern").with(user("indkoeber@example.dk").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kladder"),
                                containsString(draft),
                                containsString("Indkøb der skal opdateres"),
                                containsString(stale),
                                containsString("Ny interesse for jeres indkøb"),
                                containsString("/intern/indkoeb/" + wanted + "/interesse"),
                                containsString("Kommende arrangementer"),
                                containsString(eventTitle))))
                .andExpect(content().string(not(containsString("Hændelser der ikke blev behandlet"))))
                .andExpect(content().string(not(containsString("Nye indkøb i denne uge"))));
    }

    @Test
    void consultantsSeeThisWeeksPurchasesWithMatchingSubscribersAndInterests() throws Exception {
        String word = PublicEntries.uniqueWord();
        long subscriber = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, language, created_at) VALUES (:email, 'da', now())
                        RETURNING id""")
                .param("email", "abonnent-" + UUID.randomUUID() + "@example.dk")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, keywords, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', ARRAY[:keyword], ARRAY['NEW_ENTRY'], 'IMMEDIATE', 'ACTIVE',
                                now(), now())""")
                .param("subscriber", subscriber)
                .param("keyword", word.toLowerCase())
                .update();
        try {
            String reference = published(word);
            TestInterests.confirmed(jdbc, reference, "Murer A/S", "murer-" + UUID.randomUUID() + "@example.dk", true);
            TestInterests.confirmed(jdbc, reference, "El A/S", "el-" + UUID.randomUUID() + "@example.dk", false);

            String html = page(Roles.CONSULTANT);

            org.assertj.core.api.Assertions.assertThat(html)
                    .contains(
                            "Nye indkøb i denne uge",
                            "Abonnenter der matcher",
                            "Ny interesse og partnersøgning",
                            "/intern/partnere/" + reference,
                            "Kommende arrangementer");
            // the columns after reference and title: expected, then one per EntryCounts bean (in bean order)
            String newThisWeek = html.substring(
                    html.indexOf("id=\"new-this-week\""),
                    html.indexOf("</table>", html.indexOf("id=\"new-this-week\"")));
            org.assertj.core.api.Assertions.assertThat(newThisWeek).contains(reference);
            org.assertj.core.api.Assertions.assertThat(
                            java.util.List.of(cell(newThisWeek, reference, 2), cell(newThisWeek, reference, 3)))
                    .containsExactlyInAnyOrder("1", "2");
            org.assertj.core.api.Assertions.assertThat(html).doesNotContain("Kladder");
        } finally {
            jdbc.sql("DELETE FROM alert_subscriber WHERE id = :id")
                    .param("id", subscriber)
                    .update();
        }
    }

    @Test
    void managementSeesTheIndicatorFigures() throws Exception {
        org.assertj.core.api.Assertions.assertThat(page(Roles.MANAGEMENT))
                .contains(
                        "Kommende indkøb (tidlig varsling)",
                        "Indkøb på listen nu",
                        "Varsling",
                        "Virksomheder med varsling",
                        "Dialog og samarbejde i år",
                        "Interessetilkendegivelser",
                        "Afholdte arrangementer",
                        "OPI-idéer modtaget",
                        "Ny interesse og partnersøgning");
    }

    @Test
    void administratorsSeeUsersOutboxFailuresAndFailedEventsWhichTheyMayRetry() throws Exception {
        jdbc.sql("""
                        INSERT INTO outbox_message (category, recipient, subject, body_text, headers, message_id,
                            status, attempts, created_at, next_attempt_at, last_error)
                        VALUES ('test.start', 'fejl@example.dk', 'Kom ikke frem', 'x', '{}', :mid, 'FAILED', 8, now(),
                            now(), '550 no such user')""").param("mid", "<" + UUID.randomUUID() + "@example.dk>").update();
        UUID failed = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            status, completion_attempts)
                        VALUES (:id, 'dk.samspil.test.NoSuchListener.on(java.lang.String)', 'java.lang.String',
                            '"x"', now() - interval '1 hour', 'FAILED', 50)""").param("id", failed).update();
        try {
            org.assertj.core.api.Assertions.assertThat(page(Roles.ADMIN))
                    .contains(
                            "Brugere",
                            "aktive brugere",
                            "E-mails der ikke kunne sendes",
                            "Kom ikke frem",
                            "Hændelser der ikke blev behandlet",
                            "String",
                            "NoSuchListener.on",
                            "/admin/haendelser/" + failed + "/proev-igen",
                            "Prøv igen");

            mvc.perform(post("/admin/haendelser/" + failed + "/proev-igen")
                            .with(csrf())
                            .with(user("admin@example.dk").roles(Roles.ADMIN)))
                    .andExpect(redirectedUrl("/intern"));
        } finally {
            jdbc.sql("DELETE FROM event_publication WHERE id = :id")
                    .param("id", failed)
                    .update();
            jdbc.sql("DELETE FROM outbox_message WHERE category = 'test.start'").update();
        }
    }

    @Test
    void caseWorkersAndJobCentreSeeWhatTheyCanUseToday() throws Exception {
        for (String role : new String[] {Roles.CASEWORKER, Roles.JOBCENTER}) {
            org.assertj.core.api.Assertions.assertThat(page(role))
                    .contains("Det kan du bruge i dag", "href=\"/kommende-indkob\"", "href=\"/konto\"", "Mit overblik")
                    .doesNotContain("Kladder");
        }
    }
}
