package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Handling a case: internal notes, forwarding to a colleague by mail, a reply to the inquirer through the outbox
 * with the case number in the subject, the inquirer's answer picked up from the IMAP mailbox (GreenMail) once per
 * Message-ID, and closing with an outcome; bad input changes nothing.
 */
@AutoConfigureMockMvc
class InquiryHandlingTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final int IMAP_PORT = TestSmtp.freePort();
    private static final String MAILBOX = "henvendelser@sec.dk";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            })
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
        registry.add("samspil.inquiries.mailbox.host", () -> "127.0.0.1");
        registry.add("samspil.inquiries.mailbox.port", () -> IMAP_PORT);
        registry.add("samspil.inquiries.mailbox.protocol", () -> "imap");
        registry.add("samspil.inquiries.mailbox.username", () -> MAILBOX);
        registry.add("samspil.inquiries.mailbox.password", () -> "hemmeligt");
        registry.add("samspil.inquiries.mailbox.poll-interval", () -> "300ms");
    }

    @org.junit.jupiter.api.BeforeAll
    static void mailboxUser() {
        greenMail.setUser(MAILBOX, MAILBOX, "hemmeligt");
    }

    private static final RequestPostProcessor CONSULTANT =
            user("konsulent@sec.dk").roles("CONSULTANT");
    private static final RequestPostProcessor MANAGEMENT = user("chef@sec.dk").roles("MANAGEMENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String register(String subject, String email) throws Exception {
        return mvc.perform(post("/intern/henvendelser/ny")
                        .with(csrf())
                        .with(MANAGEMENT)
                        .param("channel", "MAYOR")
                        .param("politician", "Borgmester Anne Andersen")
                        .param("name", "Bo Berg")
                        .param("companyName", "Berg Byg ApS")
                        .param("email", email)
                        .param("subject", subject)
                        .param("message", "Vi mangler svar om vejadgang.")
                        .param("receivedOn", "2026-04-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private Map<String, Object> row(String subject) {
        return jdbc.sql("SELECT id, case_number, status, outcome, answered_on FROM inquiry WHERE subject = :subject")
                .param("subject", subject)
                .query()
                .singleRow();
    }

    private long entries(String subject, String kind) {
        return jdbc.sql("""
                        SELECT count(*) FROM inquiry_entry e JOIN inquiry i ON i.id = e.inquiry_id
                        WHERE i.subject = :subject AND e.kind = :kind""")
                .param("subject", subject)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void notesForwardingAReplyTheInquirersAnswerFromTheMailboxAndClosing() throws Exception {
        String subject = unique("Vejadgang");
        String email = "bo-" + UUID.randomUUID().toString().substring(0, 6) + "@bergbyg.dk";
        String page = register(subject, email);
        String caseNumber = (String) row(subject).get("case_number");

        mvc.perform(post(page + "/noter").with(csrf()).with(MANAGEMENT).param("note", "Ringet til vejafdelingen."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/videresend")
                        .with(csrf())
                        .with(MANAGEMENT)
                        .param("forwardTo", "kollega@sec.dk")
                        .param("forwardMessage", "Kan du tage den? Den kom via borgmesteren."))
                .andExpect(status().is3xxRedirection());
        MimeMessage forwarded = TestSmtp.awaitMails(greenMail, "kollega@sec.dk", 1)[0];
        assertThat(forwarded.getSubject()).contains(caseNumber);
        assertThat(TestSmtp.text(forwarded))
                .contains(
                        "Kan du tage den?",
                        "/intern/henvendelser/" + row(subject).get("id"));

        mvc.perform(post(page + "/svar").with(csrf()).with(CONSULTANT).param("reply", "Vejadgangen er godkendt."))
                .andExpect(status().is3xxRedirection());
        MimeMessage[] toInquirer = TestSmtp.awaitMails(greenMail, email, 2);
        MimeMessage reply = toInquirer[toInquirer.length - 1];
        assertThat(reply.getSubject()).contains(caseNumber);
        assertThat(TestSmtp.text(reply)).contains("Kære Bo Berg", "Vejadgangen er godkendt.");
        assertThat(row(subject))
                .containsEntry("status", "ANSWERED")
                .containsEntry(
                        "answered_on",
                        java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))));

        // the inquirer answers; the mail reaches the mailbox and is attached to the case, once
        GreenMailUser mailbox = greenMail.getUserManager().getUser(MAILBOX);
        String messageId = "<" + UUID.randomUUID() + "@bergbyg.dk>";
        mailbox.deliver(answer(email, "SV: " + reply.getSubject(), "Tak, vi går i gang på mandag.", messageId));
        mailbox.deliver(
                answer("spam@example.com", "Tilbud på printerpatroner", "Køb nu", "<" + UUID.randomUUID() + "@x>"));
        await().atMost(Background.PATIENCE).until(() -> entries(subject, "INCOMING") == 1);
        mailbox.deliver(answer(email, "SV: " + reply.getSubject(), "Tak, vi går i gang på mandag.", messageId));
        await().atMost(Background.PATIENCE).until(() -> unread() == 0);
        assertThat(entries(subject, "INCOMING")).isOne();

        mvc.perform(post(page + "/luk").with(csrf()).with(MANAGEMENT).param("outcome", "ANSWERED"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(subject)).containsEntry("status", "CLOSED").containsEntry("outcome", "ANSWERED");

        mvc.perform(get(page).with(CONSULTANT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ringet til vejafdelingen.")))
                .andExpect(content().string(containsString("Videresendt af chef@sec.dk til kollega@sec.dk")))
                .andExpect(content().string(containsString("Svar fra konsulent@sec.dk til " + email)))
                .andExpect(content().string(containsString("E-mail fra " + email)))
                .andExpect(content().string(containsString("Tak, vi går i gang på mandag.")))
                .andExpect(content().string(containsString("Lukket (Besvaret) af chef@sec.dk")));
    }

    /**
     * The company writes again after the case was closed: the mail from the mailbox reopens it (assigned again, the
     * outcome gone), its handler is told by mail through the outbox, and the log says so.
     */
    @Test
    void aMailFromTheCompanyOnAClosedCaseReopensItAndTellsItsHandler() throws Exception {
        String subject = unique("Byggetilladelse");
        String email = "bo-" + UUID.randomUUID().toString().substring(0, 6) + "@bergbyg.dk";
        String page = register(subject, email);
        String caseNumber = (String) row(subject).get("case_number");
        String handler = "handler-" + UUID.randomUUID().toString().substring(0, 6) + "@sec.dk";
        mvc.perform(post(page + "/tildel").with(csrf()).with(MANAGEMENT).param("assignee", handler))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/luk").with(csrf()).with(MANAGEMENT).param("outcome", "ANSWERED"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(subject)).containsEntry("status", "CLOSED");

        greenMail
                .getUserManager()
                .getUser(MAILBOX)
                .deliver(answer(
                        email,
                        "SV: Henvendelse " + caseNumber,
                        "Vi har et opfølgende spørgsmål om tilladelsen.",
                        "<" + UUID.randomUUID() + "@bergbyg.dk>"));

        await().atMost(Background.PATIENCE)
                .until(() -> "ASSIGNED".equals(row(subject).get("status")));
        assertThat(row(subject).get("outcome")).isNull();
        MimeMessage told = TestSmtp.awaitMails(greenMail, handler, 1)[0];
        assertThat(told.getSubject()).contains(caseNumber, "genåbnet");
        assertThat(TestSmtp.text(told))
                .contains("/intern/henvendelser/" + row(subject).get("id"));
        mvc.perform(get(page).with(CONSULTANT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi har et opfølgende spørgsmål om tilladelsen.")))
                .andExpect(content()
                        .string(containsString(
                                "Genåbnet, fordi afsenderen skrev igen; " + handler + " har fået besked")));
    }

    @Test
    void badHandlingInputIsRefusedInDanishAndChangesNothing() throws Exception {
        String subject = unique("Fejl i behandling");
        String page = register(subject, "fejl-" + UUID.randomUUID().toString().substring(0, 6) + "@handling-test.dk");
        mvc.perform(post(page + "/noter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .header("Accept-Language", "da")
                        .param("note", "x".repeat(100_000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv højst 10.000 tegn.")));
        mvc.perform(post(page + "/videresend")
                        .with(csrf())
                        .with(CONSULTANT)
                        .header("Accept-Language", "da")
                        .param("forwardTo", "ikke-en-adresse")
                        .param("forwardMessage", "Hej"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(page + "/svar")
                        .with(csrf())
                        .with(CONSULTANT)
                        .header("Accept-Language", "da")
                        .param("reply", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv svaret.")));
        mvc.perform(post(page + "/luk")
                        .with(csrf())
                        .with(CONSULTANT)
                        .header("Accept-Language", "da")
                        .param("outcome", "FORSVUNDET"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(page + "/status")
                        .with(csrf())
                        .with(CONSULTANT)
                        .header("Accept-Language", "da")
                        .param("status", "CLOSED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Luk henvendelsen med et udfald")));
        assertThat(row(subject)).containsEntry("status", "RECEIVED").containsEntry("outcome", null);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM inquiry_entry e JOIN inquiry i ON i.id = e.inquiry_id WHERE i.subject = :s")
                        .param("s", subject)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static MimeMessage answer(String from, String subject, String text, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        return message;
    }

    private static long unread() throws Exception {
        Session session = Session.getInstance(new Properties());
        try (jakarta.mail.Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, MAILBOX, "hemmeligt");
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            try {
                return inbox.getUnreadMessageCount();
            } finally {
                inbox.close(false);
            }
        }
    }
}
