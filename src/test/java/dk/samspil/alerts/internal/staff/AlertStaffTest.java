package dk.samspil.alerts.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailLog;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.MailStatus;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@AutoConfigureMockMvc
class AlertStaffTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlertStatistics statistics;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailLog mailLog;

    @Autowired
    TransactionTemplate transactions;

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static RequestPostProcessor staff(String name, String role) {
        return user(name).roles(role);
    }

    private static RequestPostProcessor consultant() {
        return staff("consultant-" + unique() + "@samspil.dk", Roles.CONSULTANT);
    }

    private long subscriber(String email, String name, String cvr) {
        return jdbc.sql("""
                        INSERT INTO alert_subscriber (email, name, company_cvr, language, created_at)
                        VALUES (:email, :name, :cvr, 'da', now()) RETURNING id""")
                .param("email", email)
                .param("name", name)
                .param("cvr", cvr)
                .query(Long.class)
                .single();
    }

    private long criteria(long subscriber, String status, String[] cpv, String[] keywords, String[] units) {
        return jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, keywords, buying_units, notify_on,
                            frequency, status, created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', :cpv, :keywords, :units, ARRAY['NEW_ENTRY'], 'DAILY', :status,
                            now(), CASE WHEN :status = 'PENDING' THEN NULL ELSE now() END)
                        RETURNING id""")
                .param("subscriber", subscriber)
                .param("cpv", cpv)
                .param("keywords", keywords)
                .param("units", units)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    private long follow(long subscriber, String reference) {
        return jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, procurement_reference, notify_on, frequency,
                            status, created_at, confirmed_at)
                        VALUES (:subscriber, 'FOLLOW', :reference, ARRAY['NEW_ENTRY'], 'IMMEDIATE', 'ACTIVE', now(), now())
                        RETURNING id""")
                .param("subscriber", subscriber)
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    private static String[] codes(String... values) {
        return values;
    }

    private static AlertStatistics.CountRow row(List<AlertStatistics.CountRow> rows, String code) {
        return rows.stream()
                .filter(r -> code == null ? r.code() == null : code.equals(r.code()))
                .findFirst()
                .orElse(new AlertStatistics.CountRow(code, null, 0, 0));
    }

    private List<Map<String, Object>> audit(String actor) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE actor = :actor ORDER BY id")
                .param("actor", actor)
                .query()
                .listOfRows();
    }

    @Test
    void countsConfirmedSubscriptionsByDivisionAndBuyingUnit() throws Exception {
        String unitA = "U-" + unique();
        String unitB = "U-" + unique();
        AlertStatistics.Overview before = statistics.overview(DanishFormats.DANISH);

        long first = subscriber("tal-" + unique() + "@example.dk", null, null);
        long second = subscriber("tal-" + unique() + "@example.dk", null, null);
        criteria(first, "ACTIVE", codes("45000000", "45261210", "71000000"), codes(), codes(unitA));
        criteria(first, "ACTIVE", codes(), codes("tag"), codes());
        follow(first, "REF-" + unique());
        criteria(second, "PAUSED", codes("45100000"), codes(), codes(unitA, unitB));
        criteria(second, "PENDING", codes("45000000", "71000000"), codes(), codes(unitB));

        AlertStatistics.Overview after = statistics.overview(DanishFormats.DANISH);
        AlertStatistics.Totals t0 = before.totals();
        AlertStatistics.Totals t1 = after.totals();
        assertThat(t1.confirmed() - t0.confirmed()).isEqualTo(4);
        assertThat(t1.paused() - t0.paused()).isEqualTo(1);
        assertThat(t1.pending() - t0.pending()).isEqualTo(1);
        assertThat(t1.subscribers() - t0.subscribers()).isEqualTo(2);
        assertThat(t1.follows() - t0.follows()).isEqualTo(1);
        assertThat(t1.followedEntries() - t0.followedEntries()).isEqualTo(1);

        // two codes of division 45 in one subscription count it once; the pending one does not count
        AlertStatistics.CountRow works = row(after.divisions(), "45000000");
        assertThat(works.subscriptions() - row(before.divisions(), "45000000").subscriptions())
                .isEqualTo(2);
        assertThat(works.subscribers() - row(before.divisions(), "45000000").subscribers())
                .isEqualTo(2);
        assertThat(works.label()).isEqualTo("Bygge- og anlægsarbejder");
        assertThat(row(after.divisions(), "71000000").subscriptions()
                        - row(before.divisions(), "71000000").subscriptions())
                .isEqualTo(1);
        assertThat(row(after.divisions(), null).subscriptions()
                        - row(before.divisions(), null).subscriptions())
                .as("keyword-only row")
                .isEqualTo(1);

        assertThat(row(after.buyingUnits(), unitA).subscriptions()).isEqualTo(2);
        assertThat(row(after.buyingUnits(), unitA).subscribers()).isEqualTo(2);
        assertThat(row(after.buyingUnits(), unitB).subscriptions()).isEqualTo(1);
        assertThat(row(after.buyingUnits(), unitB).label())
                .as("unknown unit code shown as is")
                .isEqualTo(unitB);
        assertThat(row(after.buyingUnits(), null).subscriptions()
                        - row(before.buyingUnits(), null).subscriptions())
                .as("not limited to units")
                .isEqualTo(1);

        mvc.perform(get("/intern/varsling").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"" + unitA + "\"")))
                .andExpect(content().string(containsString("45000000 Bygge- og anlægsarbejder")))
                .andExpect(content().string(containsString("Uden CPV-koder")));
    }

    @Test
    void searchFindsSubscribersByPartOfAddressNameOrCvr() throws Exception {
        String part = unique();
        String email = "Support-" + part + "@Firma.dk";
        long id = subscriber(email, "Tagfirma " + part, "29188548");
        criteria(id, "ACTIVE", codes("45000000"), codes(), codes());

        mvc.perform(get("/intern/varsling/abonnenter")
                        .param("q", part.toUpperCase())
                        .with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("/intern/varsling/abonnenter/" + id)));
        mvc.perform(get("/intern/varsling/abonnenter")
                        .param("q", "tagfirma " + part)
                        .with(consultant()))
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/intern/varsling/abonnenter").param("q", "%").with(consultant()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv mindst 2 tegn")));
        mvc.perform(get("/intern/varsling/abonnenter")
                        .param("q", "_" + part.substring(1) + "%")
                        .with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(email))));
    }

    @Test
    void subscriberPageShowsDeliveriesWithMailStatusAndTheAlertsMailLog() throws Exception {
        String email = "log-" + unique() + "@example.dk";
        long id = subscriber(email, null, null);
        criteria(id, "ACTIVE", codes("45000000"), codes(), codes());
        long failed = transactions.execute(s ->
                outbox.enqueue(OutgoingMail.of("alerts.alert", email, "Nyt kommende indkøb: tagrenovering", "Tekst")));
        transactions.executeWithoutResult(
                s -> outbox.enqueue(OutgoingMail.of("identity.setup", email, "Opret din adgangskode", "Tekst")));
        jdbc.sql("""
                        UPDATE outbox_message SET status = 'FAILED', attempts = 3, last_error = '550 5.1.1 mailbox unknown'
                        WHERE id = :id""").param("id", failed).update();
        jdbc.sql("""
                        INSERT INTO alert_delivery (subscriber_id, procurement_reference, kind, change_key, frequency,
                            content, status, outbox_id, created_at, queued_at)
                        VALUES (:id, 'SK-LOG-1', 'NEW_ENTRY', 'new', 'IMMEDIATE', '{"title": "Tagrenovering af skoler"}',
                            'QUEUED', :outbox, now(), now())""").param("id", id).param("outbox", failed).update();
        jdbc.sql("""
                        INSERT INTO alert_delivery (subscriber_id, procurement_reference, kind, change_key, frequency,
                            content, status, skip_reason, created_at)
                        VALUES (:id, 'SK-LOG-2', 'MATERIAL_CHANGE', 'change:7', 'DAILY', '{}', 'SKIPPED',
                            'subscriber paused', now())""").param("id", id).update();

        assertThat(mailLog.forRecipient(email.toUpperCase(), "alerts.", 10))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.state()).isEqualTo(MailStatus.State.FAILED);
                    assertThat(mail.attempts()).isEqualTo(3);
                    assertThat(mail.lastError()).isEqualTo("550 5.1.1 mailbox unknown");
                });
        assertThat(mailLog.byIds(List.of(failed, -1L))).containsOnlyKeys(failed);

        mvc.perform(get("/intern/varsling/abonnenter/" + id).with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SK-LOG-1")))
                .andExpect(content().string(containsString("Tagrenovering af skoler")))
                .andExpect(content().string(containsString("550 5.1.1 mailbox unknown")))
                .andExpect(content().string(containsString("Ikke leveret")))
                .andExpect(content().string(containsString("SK-LOG-2")))
                .andExpect(content().string(containsString("subscriber paused")))
                .andExpect(content().string(containsString("Nyt kommende indkøb: tagrenovering")))
                .andExpect(content().string(not(containsString("Opret din adgangskode"))));
        mvc.perform(get("/intern/varsling/abonnenter/999999999").with(consultant()))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportHoldsConfirmedSubscriptionsAndIsAudited() throws Exception {
        String email = "eksport-" + unique() + "@example.dk";
        String pendingEmail = "eksport-pending-" + unique() + "@example.dk";
        long id = subscriber(email, "Eksportfirma", "29188548");
        criteria(id, "ACTIVE", codes("45261210"), codes("tagpap"), codes());
        criteria(subscriber(pendingEmail, null, null), "PENDING", codes("45000000"), codes(), codes());
        String staffUser = "eksport-" + unique() + "@samspil.dk";

        byte[] csv = mvc.perform(get("/intern/varsling/eksport.csv").with(staff(staffUser, Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("E-mailadresse;Navn;CVR-nummer")
                .contains(email + ";Eksportfirma;29188548;Dansk;Valgte kriterier;;45261210;tagpap;")
                .doesNotContain(pendingEmail);

        byte[] xlsx = mvc.perform(get("/intern/varsling/eksport.xlsx").with(staff(staffUser, Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> emails = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                emails.add(cell == null ? "" : cell.getStringCellValue());
            }
        }
        assertThat(emails).contains(email).doesNotContain(pendingEmail);

        assertThat(audit(staffUser)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get("entity_type")).isEqualTo("alert_subscription_export");
            assertThat(entry.get("action")).isEqualTo("CREATE");
            assertThat(entry.get("actor_type")).isEqualTo("USER");
        });
    }

    @Test
    void supportActionsChangeStateAndAreAuditedInTheStaffUsersName() throws Exception {
        String email = "hjaelp-" + unique() + "@example.dk";
        long id = subscriber(email, null, null);
        long subscription = criteria(id, "ACTIVE", codes("45000000"), codes(), codes());
        jdbc.sql("UPDATE alert_subscriber SET paused_at = now(), pause_reason = 'hard bounce' WHERE id = :id")
                .param("id", id)
                .update();
        jdbc.sql("""
                        INSERT INTO alert_consent (email, email_hash, subscription_id, action, at, client_address,
                            text_version, source)
                        VALUES (:email, 'hash-' || :email, :subscription, 'GIVEN', now(), '10.0.0.1', 'v1', 'WEB')""").param("email", email).param("subscription", subscription).update();
        String staffUser = "support-" + unique() + "@samspil.dk";
        RequestPostProcessor staff = staff(staffUser, Roles.CONSULTANT);
        String page = "/intern/varsling/abonnenter/" + id;

        mvc.perform(post(page + "/pause")
                        .param("subscription", String.valueOf(subscription))
                        .with(staff)
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(subscriptionStatus(subscription)).isEqualTo("PAUSED");
        mvc.perform(post(page + "/genoptag")
                        .param("subscription", String.valueOf(subscription))
                        .with(staff)
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(subscriptionStatus(subscription)).isEqualTo("ACTIVE");

        mvc.perform(post(page + "/genoptag-afsendelse").with(staff).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(jdbc.sql("SELECT paused_at IS NULL FROM alert_subscriber WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        mvc.perform(post(page + "/link").with(staff).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(jdbc.sql("SELECT category FROM outbox_message WHERE recipient = :email")
                        .param("email", email)
                        .query(String.class)
                        .list())
                .containsExactly("alerts.link");

        mvc.perform(post(page + "/pause")
                        .param("subscription", "999999999")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get(page + "/slet").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post(page + "/slet").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/intern/varsling/abonnenter"));
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscription WHERE id = :id")
                        .param("id", subscription)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT action FROM alert_consent WHERE subscription_id = :id ORDER BY id")
                        .param("id", subscription)
                        .query(String.class)
                        .list())
                .containsExactly("GIVEN", "WITHDRAWN");

        assertThat(audit(staffUser))
                .extracting(e -> e.get("action") + " " + e.get("entity_type") + " " + e.get("entity_id"))
                .containsExactly(
                        "UPDATE alert_subscription " + subscription,
                        "UPDATE alert_subscription " + subscription,
                        "UPDATE alert_subscriber " + id,
                        "UPDATE alert_subscriber " + id,
                        "DELETE alert_subscription " + subscription,
                        "DELETE alert_subscriber " + id);
    }

    private String subscriptionStatus(long id) {
        return jdbc.sql("SELECT status FROM alert_subscription WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void otherRolesAndAnonymousVisitorsAreRefused() throws Exception {
        long id = subscriber("nej-" + unique() + "@example.dk", null, null);
        RequestPostProcessor caseworker = staff("caseworker@samspil.dk", Roles.CASEWORKER);

        for (String path : List.of(
                "/intern/varsling",
                "/intern/varsling/abonnenter?q=example",
                "/intern/varsling/abonnenter/" + id,
                "/intern/varsling/eksport.csv",
                "/intern/varsling/eksport.xlsx")) {
            mvc.perform(get(path).with(caseworker)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(staff("management@samspil.dk", Roles.MANAGEMENT)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/intern/varsling/abonnenter/" + id + "/slet")
                        .with(caseworker)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/intern/varsling/abonnenter/" + id + "/slet").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isOne();

        for (String role : List.of(Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN)) {
            mvc.perform(get("/intern/varsling").with(staff("staff@samspil.dk", role)))
                    .andExpect(status().isOk());
        }
    }
}
