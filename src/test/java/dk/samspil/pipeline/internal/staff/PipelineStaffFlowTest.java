package dk.samspil.pipeline.internal.staff;

import static dk.samspil.pipeline.internal.staff.PipelineStaffTest.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The procurement officers' flow: bulk publication, the suggested reference and the required public reason. */
@AutoConfigureMockMvc
class PipelineStaffFlowTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final int NEXT_YEAR = PublicEntries.nextYear();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final Instant since = Instant.now().minusSeconds(1);
    private final List<Long> subscribers = new ArrayList<>();
    private String prefixBefore;
    private boolean prefixChanged;

    @AfterEach
    void cleanUp() {
        subscribers.forEach(id -> jdbc.sql("DELETE FROM alert_subscriber WHERE id = :id")
                .param("id", id)
                .update());
        if (prefixChanged) {
            jdbc.sql("UPDATE municipality SET reference_prefix = :prefix WHERE id = 1")
                    .param("prefix", prefixBefore)
                    .update();
        }
    }

    @Test
    void theListLinksToImportAndExportAndOffersOnlyDraftsForBulkPublication() throws Exception {
        String draft = draft("Kladde til listen");
        String published = draft("Offentligt til listen");
        procurements.publish(published);

        mvc.perform(get("/intern/indkoeb").param("q", "til listen").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/intern/indkoeb/import\"")))
                .andExpect(content().string(containsString("href=\"/intern/indkoeb/eksport.xlsx\"")))
                .andExpect(content().string(containsString("href=\"/intern/indkoeb/eksport.csv\"")))
                .andExpect(content().string(containsString("action=\"/intern/indkoeb/publicer\"")))
                .andExpect(content().string(containsString("name=\"ref\" value=\"" + draft + "\"")))
                .andExpect(content().string(not(containsString("name=\"ref\" value=\"" + published + "\""))));
    }

    @Test
    void bulkPublicationShowsTheDraftsFirstThenPublishesThemAllAndAlertsSubscribers() throws Exception {
        String cpv = "90911300";
        String email = "bulk-" + UUID.randomUUID() + "@example.dk";
        subscribe(email, cpv);
        String first = draft("Vinduespolering på skoler " + UUID.randomUUID(), cpv);
        String second = draft("Vinduespolering på rådhuse " + UUID.randomUUID(), cpv);
        String firstTitle = procurements.find(first).orElseThrow().details().title();
        String secondTitle = procurements.find(second).orElseThrow().details().title();

        mvc.perform(get("/intern/indkoeb/publicer").param("ref", first, second).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(firstTitle)))
                .andExpect(content().string(containsString(secondTitle)))
                .andExpect(content().string(containsString("Disse 2 kladder bliver offentliggjort")))
                .andExpect(content().string(containsString("Offentliggør 2 indkøb")));
        assertThat(procurements.find(first).orElseThrow().status())
                .as("GET only shows")
                .isEqualTo(ProcurementStatus.DRAFT);

        mvc.perform(post("/intern/indkoeb/publicer")
                        .param("ref", first, second)
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb"))
                .andExpect(flash().attribute("bulkPublished", List.of(first, second)));

        for (String reference : List.of(first, second)) {
            assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);
            assertThat(procurements.history(reference))
                    .last()
                    .satisfies(change -> assertThat(change.kind()).isEqualTo(ProcurementChange.Kind.PUBLISHED));
        }
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", since);
        Background.awaitOutboxSent(jdbc, email);
        MimeMessage[] mails = TestSmtp.awaitMails(greenMail, email, 1);
        List<String> texts = new ArrayList<>();
        for (MimeMessage mail : mails) {
            texts.add(mail.getSubject() + "\n" + TestSmtp.text(mail));
        }
        assertThat(String.join("\n", texts)).contains(firstTitle, secondTitle);
    }

    @Test
    void bulkPublicationIsAllOrNothingAndNamesWhatStandsInTheWay() throws Exception {
        String ready = draft("Klar til offentliggørelse");
        String stale = draft("Forældet kladde");
        procurements.update(stale, details("Forældet kladde", "45261210", ExpectedPeriod.ofMonth(2020, 3)), null);
        String published = draft("Allerede offentlig");
        procurements.publish(published);
        String unknown = "XX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        mvc.perform(get("/intern/indkoeb/publicer")
                        .param("ref", ready, stale, published, unknown)
                        .with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ikke alle de valgte kan offentliggøres")))
                .andExpect(content().string(not(containsString("Offentliggør 4 indkøb"))));

        mvc.perform(post("/intern/indkoeb/publicer")
                        .param("ref", ready, stale, published, unknown)
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ingen af indkøbene er offentliggjort")))
                .andExpect(content().string(containsString(stale + "</a>:")))
                .andExpect(content().string(containsString("Tidspunktet for udbuddet ligger i fortiden")))
                .andExpect(content().string(containsString(published + "</a>:")))
                .andExpect(content().string(containsString("Indkøbet er allerede offentliggjort.")))
                .andExpect(content().string(containsString(unknown + ":")))
                .andExpect(content().string(containsString("Indkøbet findes ikke.")));
        assertThat(procurements.find(ready).orElseThrow().status()).isEqualTo(ProcurementStatus.DRAFT);
        assertThat(procurements.find(stale).orElseThrow().status()).isEqualTo(ProcurementStatus.DRAFT);

        mvc.perform(post("/intern/indkoeb/publicer").with(officer()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Du har ikke valgt nogen kladder")));
    }

    @Test
    void theNewEntryFormSuggestsTheNextFreeReferenceWithTheOrganisationsPrefix() throws Exception {
        String prefix = usePrefix();
        int year = clock.instant().atZone(clock.getZone()).getYear();
        mvc.perform(get("/intern/indkoeb/ny").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + prefix + "-" + year + "-001\"")));

        procurements.createDraft(prefix + "-" + year + "-007", details("Syvende", "45261210", future()));
        procurements.createDraft(
                prefix.toLowerCase(Locale.ROOT) + "-" + year + "-018", details("Attende", "45261210", future()));
        procurements.createDraft(prefix + "-" + (year - 1) + "-050", details("Sidste år", "45261210", future()));
        procurements.createDraft(prefix + "-" + year + "-EKSTRA", details("Uden nummer", "45261210", future()));
        String next = prefix + "-" + year + "-019";

        mvc.perform(get("/intern/indkoeb/ny").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"reference\" value=\"" + next + "\"")))
                .andExpect(content().string(containsString("Det næste ledige nummer, " + next + ", er foreslået.")))
                .andExpect(content().string(not(containsString("SK-2027-014"))));
        assertThat(procurements.find(next))
                .as("the suggested reference is free")
                .isEmpty();
    }

    @Test
    void changesThatReachSubscribersNeedAReasonOthersDoNot() throws Exception {
        String ref = draft("Tage på skoler");
        procurements.publish(ref);

        String page = mvc.perform(get("/intern/indkoeb/" + ref + "/rediger").with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("name=\"reason\""))
                .as("the reason is at the top of the form")
                .isPositive()
                .isLessThan(page.indexOf("Grundoplysninger"));

        mvc.perform(edit(ref, "expectedPublication", NEXT_YEAR + "-09"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en begrundelse for ændringen.")))
                .andExpect(content().string(containsString("href=\"#reason\"")));
        assertThat(procurements
                        .find(ref)
                        .orElseThrow()
                        .details()
                        .expectedPublication()
                        .code())
                .isEqualTo(NEXT_YEAR + "-03");

        mvc.perform(edit(ref, "valueMax", "4.500.000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en begrundelse for ændringen.")));

        mvc.perform(edit(ref, "title", "Tage på skoler og haller")).andExpect(status().isFound());

        mvc.perform(edit(ref, "expectedPublication", NEXT_YEAR + "-09", "reason", "Budgettet er først klar i august"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb/" + ref));
        assertThat(procurements.history(ref)).last().satisfies(change -> {
            assertThat(change.reason()).isEqualTo("Budgettet er først klar i august");
            assertThat(change.material()).isTrue();
        });
    }

    @Test
    void aDraftHasNoReasonField() throws Exception {
        String ref = draft("Kladde uden begrundelse");
        mvc.perform(get("/intern/indkoeb/" + ref + "/rediger").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"reason\""))));
        mvc.perform(edit(ref, "expectedPublication", NEXT_YEAR + "-09")).andExpect(status().isFound());
    }

    private MockHttpServletRequestBuilder edit(String reference, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", procurements.find(reference).orElseThrow().details().title());
        params.put("description", "Beskrivelse");
        params.put("contactName", "Jens Jensen");
        params.put("contactEmail", "jens@slagelse.dk");
        params.put("mainCpv", "45261210");
        params.put("contractType", "WORKS");
        params.put("valueKind", "RANGE");
        params.put("valueMin", "3.000.000");
        params.put("valueMax", "4.000.000");
        params.put("procedure", "EU_TENDER");
        params.put("expectedPublication", NEXT_YEAR + "-03");
        params.put("lots[0].title", "Tagrenovering");
        params.put("lots[0].cpvCode", "45261210");
        params.put("lots[0].value", "2.000.000");
        params.put("lots[0].smeSuitable", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/intern/indkoeb/" + reference + "/rediger")
                .with(officer())
                .with(csrf());
        params.forEach(request::param);
        return request;
    }

    private String draft(String title) {
        return draft(title, "45261210");
    }

    private String draft(String title, String cpv) {
        String reference = PublicEntries.uniqueReference("SF");
        procurements.createDraft(reference, details(title, cpv, ExpectedPeriod.ofMonth(NEXT_YEAR, 3)));
        return reference;
    }

    private static ExpectedPeriod future() {
        return ExpectedPeriod.ofMonth(NEXT_YEAR, 3);
    }

    private static ProcurementDetails details(String title, String cpv, ExpectedPeriod expected) {
        return new ProcurementDetails(
                title,
                "Beskrivelse",
                null,
                "Jens Jensen",
                "jens@slagelse.dk",
                null,
                List.of(cpv),
                null,
                ContractType.WORKS,
                EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4000000")),
                ProcurementProcedure.EU_TENDER,
                expected,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                false,
                List.of(new Lot(1, "Tagrenovering", cpv, new BigDecimal("2000000"), true)));
    }

    /** A prefix no other test uses, set as the organisation's; the old one is put back after the test. */
    private String usePrefix() {
        if (jdbc.sql("SELECT count(*) FROM municipality WHERE id = 1")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO municipality (id, name) VALUES (1, 'Testkommune') ON CONFLICT (id) DO NOTHING")
                    .update();
        }
        prefixBefore = jdbc.sql("SELECT reference_prefix FROM municipality WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        String prefix =
                "T" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
        jdbc.sql("UPDATE municipality SET reference_prefix = :prefix WHERE id = 1")
                .param("prefix", prefix)
                .update();
        prefixChanged = true;
        return prefix;
    }

    private void subscribe(String email, String cpv) {
        long subscriber = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, language, created_at) VALUES (:email, 'da', now())
                        RETURNING id""").param("email", email).query(Long.class).single();
        subscribers.add(subscriber);
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', :cpv, :notifyOn, 'IMMEDIATE', 'ACTIVE', now(), now())""")
                .param("subscriber", subscriber)
                .param("cpv", new String[] {cpv})
                .param("notifyOn", new String[] {"NEW_ENTRY"})
                .update();
    }
}
