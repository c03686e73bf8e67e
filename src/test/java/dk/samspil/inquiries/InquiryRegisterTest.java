package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The inquiry register: staff register inquiries (through the political level they go to management, the rest to the
 * consultants) with deadlines in Danish business days, assign them and change their status with a log; companies send
 * inquiries through the public form and get a receipt with the case number, at most one per address at a time; bad
 * input is refused in Danish and stores nothing.
 */
@AutoConfigureMockMvc
class InquiryRegisterTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    private static final RequestPostProcessor CONSULTANT =
            user("konsulent@sec.dk").roles("CONSULTANT");
    private static final RequestPostProcessor MANAGEMENT = user("chef@sec.dk").roles("MANAGEMENT");
    private static final RequestPostProcessor CASEWORKER =
            user("sagsbehandler@slagelse.dk").roles("CASEWORKER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletRequestBuilder register(Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/intern/henvendelser/ny").with(csrf());
        Map<String, String> defaults = new java.util.LinkedHashMap<>(Map.of(
                "channel",
                "PHONE",
                "name",
                "Anne Hansen",
                "companyName",
                "Glasklart ApS",
                "phone",
                "58 57 36 00",
                "subject",
                "Byggetilladelse",
                "message",
                "Hvornår kan vi forvente svar på vores ansøgning?",
                "receivedOn",
                "2026-04-01"));
        defaults.putAll(fields);
        defaults.forEach(request::param);
        return request;
    }

    private Map<String, Object> row(String subject) {
        return jdbc.sql("""
                        SELECT id, case_number, channel, politician, queue, status, assignee, acknowledge_by, answer_by, cvr
                        FROM inquiry WHERE subject = :subject""").param("subject", subject).query().singleRow();
    }

    private long count(String subject) {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE subject = :subject")
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    @Test
    void deadlinesAreCountedInDanishBusinessDaysOverEasterAndGrundlovsdag() throws Exception {
        String easter = unique("Påske");
        mvc.perform(register(Map.of("subject", easter, "receivedOn", "2026-04-01"))
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        assertThat(row(easter))
                .containsEntry("acknowledge_by", java.sql.Date.valueOf("2026-04-07"))
                .containsEntry("answer_by", java.sql.Date.valueOf("2026-04-13"));

        String grundlov = unique("Grundlov");
        mvc.perform(register(Map.of("subject", grundlov, "receivedOn", "2026-06-03"))
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        assertThat(row(grundlov))
                .containsEntry("acknowledge_by", java.sql.Date.valueOf("2026-06-04"))
                .containsEntry("answer_by", java.sql.Date.valueOf("2026-06-11"));

        String christmas = unique("Jul");
        mvc.perform(register(Map.of("subject", christmas, "receivedOn", "2025-12-23"))
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        // 29, 30 December 2025, 2, 5, 6 January 2026 (24–26 and 31 December, 1 January and the weekend closed)
        assertThat(row(christmas)).containsEntry("answer_by", java.sql.Date.valueOf("2026-01-06"));
    }

    @Test
    void politicalInquiriesGoToManagementAndAreAssignedWithALog() throws Exception {
        String subject = unique("Erhvervsareal");
        MvcResult created = mvc.perform(register(Map.of(
                                "subject",
                                subject,
                                "channel",
                                "COUNCIL_MEMBER",
                                "politician",
                                "Byrådsmedlem Jens Jensen",
                                "cvr",
                                "DK 29 18 85 48",
                                "email",
                                "anne@glasklart.dk"))
                        .with(MANAGEMENT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/intern/henvendelser/*"))
                .andReturn();
        Map<String, Object> row = row(subject);
        assertThat(row)
                .containsEntry("queue", "MANAGEMENT")
                .containsEntry("status", "RECEIVED")
                .containsEntry("channel", "COUNCIL_MEMBER")
                .containsEntry("politician", "Byrådsmedlem Jens Jensen")
                .containsEntry("cvr", "29188548");
        assertThat((String) row.get("case_number")).matches("H-2026-\\d{4}");
        String page = created.getResponse().getRedirectedUrl();

        // staff-registered inquiries get their receipt without the throttle
        // (other tests' mail to the same address may arrive too: look for this case's receipt among them)
        String caseNumber = (String) row.get("case_number");
        org.awaitility.Awaitility.await()
                .atMost(dk.samspil.support.Background.PATIENCE)
                .until(() -> receiptArrived("anne@glasklart.dk", caseNumber));

        mvc.perform(post(page + "/tildel").with(csrf()).with(MANAGEMENT).param("assignee", "konsulent@sec.dk"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/status").with(csrf()).with(CONSULTANT).param("status", "ANSWERED"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(subject)).containsEntry("status", "ANSWERED").containsEntry("assignee", "konsulent@sec.dk");
        mvc.perform(get(page).with(CONSULTANT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Via et byrådsmedlem")))
                .andExpect(content().string(containsString("Byrådsmedlem Jens Jensen")))
                .andExpect(content().string(containsString("Tildelt konsulent@sec.dk af chef@sec.dk")))
                .andExpect(content().string(containsString("Status ændret til Besvaret af konsulent@sec.dk")));

        String phone = unique("Telefon");
        mvc.perform(register(Map.of("subject", phone)).with(CONSULTANT)).andExpect(status().is3xxRedirection());
        assertThat(row(phone)).containsEntry("queue", "CONSULTANTS");

        mvc.perform(get("/intern/henvendelser").with(CASEWORKER)).andExpect(status().isForbidden());
    }

    /** The list's table row of the inquiry with this subject. */
    private static String row(String list, String subject) {
        int at = list.indexOf(subject);
        assertThat(at).as("%s is listed", subject).isPositive();
        return list.substring(list.lastIndexOf("<tr", at), list.indexOf("</tr>", at));
    }

    private static boolean receiptArrived(String email, String caseNumber) throws Exception {
        for (MimeMessage mail : greenMail.getReceivedMessagesForDomain(email)) {
            if (TestSmtp.text(mail).contains(caseNumber)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theListShowsOverdueInquiriesFirstAndTheStartPageCountsThem() throws Exception {
        String overdue = unique("Gammel sag");
        String recent = unique("Ny sag");
        mvc.perform(register(Map.of("subject", overdue, "receivedOn", "2025-01-06"))
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
        mvc.perform(register(Map.of("subject", recent, "receivedOn", today)).with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        // one received so that its answer deadline (5 business days) is the next business day
        String dueTomorrow = unique("Frist i morgen");
        dk.samspil.platform.BusinessCalendar calendar = dk.samspil.platform.BusinessCalendar.DANISH;
        LocalDate nextBusinessDay = calendar.addBusinessDays(LocalDate.parse(today), 1);
        LocalDate received = LocalDate.parse(today);
        while (!calendar.addBusinessDays(received, 5).equals(nextBusinessDay)) {
            received = received.minusDays(1);
        }
        mvc.perform(register(Map.of("subject", dueTomorrow, "receivedOn", received.toString()))
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/intern/henvendelser").with(MANAGEMENT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).contains("Overskredet");
        assertThat(list.indexOf(overdue)).isPositive().isLessThan(list.indexOf(recent));
        assertThat(row(list, overdue)).contains("Overskredet").doesNotContain("Frist snart");
        assertThat(row(list, dueTomorrow))
                .contains("Frist snart")
                .doesNotContain("Overskredet")
                .as("both deadlines as dates")
                .contains(
                        new dk.samspil.platform.DanishFormats()
                                .shortDate(
                                        calendar.addBusinessDays(received, 1),
                                        dk.samspil.platform.DanishFormats.DANISH),
                        new dk.samspil.platform.DanishFormats()
                                .shortDate(nextBusinessDay, dk.samspil.platform.DanishFormats.DANISH));
        assertThat(row(list, recent)).doesNotContain("Frist snart").doesNotContain("Overskredet");

        long overdueCount = jdbc.sql(
                        "SELECT count(*) FROM inquiry WHERE status IN ('RECEIVED', 'ASSIGNED') AND answer_by < :today")
                .param("today", LocalDate.parse(today))
                .query(Long.class)
                .single();
        String start = mvc.perform(get("/intern").with(MANAGEMENT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(overdueCount).isPositive();
        assertThat(start)
                .contains("Åbne henvendelser")
                .containsPattern("Med overskredet svarfrist</dt>\\s*<dd>\\s*<a href=\"/intern/henvendelser\">"
                        + overdueCount + "</a>");
    }

    @Test
    void badInputIsRefusedInDanishAndStoresNothing() throws Exception {
        String subject = unique("Fejl");
        mvc.perform(register(Map.of("subject", subject, "cvr", "29188549"))
                        .with(CONSULTANT)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet passer ikke")));
        mvc.perform(register(Map.of("subject", subject, "channel", "MAYOR"))
                        .with(CONSULTANT)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv navnet på borgmesteren eller byrådsmedlemmet.")));
        mvc.perform(register(Map.of(
                                "subject",
                                subject,
                                "receivedOn",
                                LocalDate.now().plusDays(3).toString()))
                        .with(CONSULTANT)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Datoen kan ikke ligge efter i dag.")));
        mvc.perform(register(Map.of("subject", subject, "message", "x".repeat(100_000)))
                        .with(CONSULTANT)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv højst 10.000 tegn.")));
        mvc.perform(register(Map.of("subject", subject, "email", "anne@"))
                        .with(CONSULTANT)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/henvendelse")
                        .with(csrf())
                        .header("Accept-Language", "da")
                        .param("name", "Anne")
                        .param("email", "ikke-en-adresse")
                        .param("subject", subject)
                        .param("message", "Hej")
                        .param("cvr", "1234"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("CVR")));
        assertThat(count(subject)).isZero();
    }

    @Test
    void thePublicFormSendsOneReceiptPerAddressAtATime() throws Exception {
        String email = "kontakt-" + UUID.randomUUID().toString().substring(0, 8) + "@firma.dk";
        String subject = unique("Spørgsmål om erhvervsaffald");
        mvc.perform(get("/henvendelse").header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("artikel 6, stk. 1, litra e")));
        mvc.perform(post("/henvendelse")
                        .with(csrf())
                        .param("name", "Anne Hansen")
                        .param("companyName", "Firma ApS")
                        .param("cvr", "29188548")
                        .param("email", email)
                        .param("subject", subject)
                        .param("message", "Hvem henter vores erhvervsaffald?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/henvendelse/sendt"));
        Map<String, Object> row = row(subject);
        assertThat(row).containsEntry("channel", "WEB").containsEntry("queue", "CONSULTANTS");
        MimeMessage receipt = TestSmtp.awaitMails(greenMail, email, 1)[0];
        assertThat(receipt.getSubject()).contains((String) row.get("case_number"));
        assertThat(TestSmtp.text(receipt)).contains("Kære Anne Hansen", (String) row.get("case_number"), subject);

        // a second inquiry from the same address is stored, but no second receipt floods the mailbox
        String again = unique("Igen");
        mvc.perform(post("/henvendelse")
                        .with(csrf())
                        .param("name", "Anne Hansen")
                        .param("email", email)
                        .param("subject", again)
                        .param("message", "Og igen"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(again)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isOne();
    }
}
