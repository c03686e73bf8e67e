package dk.samspil.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery to a real SMTP server (GreenMail). The scheduled sender runs in this context too, so every assertion
 * holds no matter which thread sends. The context is closed afterwards so that its sender does not deliver the
 * messages of later test classes.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(
        properties = {
            "samspil.mail.from=udbakke@samspil.test",
            "samspil.mail.from-name=Slagelse Kommune",
            "samspil.mail.reply-to=erhverv@samspil.test",
            "samspil.base-url=https://samspil.slagelse.test",
            "samspil.mail-brand.name=Testby Kommune",
            "samspil.mail-brand.colour=#8a1538"
        })
class OutboxSenderTest extends IntegrationTest {

    private static final String DANISH = "Æbleskiver på Ærø – søde små ting";
    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void twoThreadsAndTheSchedulerDeliverAMessageExactlyOnceWithDanishTextIntact() throws Exception {
        String recipient = "modtager-" + UUID.randomUUID() + "@example.dk";
        long id = transactions.execute(status ->
                outbox.enqueue(OutgoingMail.of("alerts.alert", recipient, DANISH, DANISH + "\n\nVenlig hilsen")
                        .withHeader("List-Unsubscribe", "<https://samspil.slagelse.test/afmeld/abc>")
                        .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                        .withFromName("Erhvervscenter Ærø")));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                rounds.add(threads.submit(() -> {
                    start.await();
                    return sender.sendDueNow();
                }));
            }
            start.countDown();
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            threads.shutdown();
        }
        awaitStatus(id, "SENT");

        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(recipient);
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        String storedMessageId = jdbc.sql("SELECT message_id FROM outbox_message WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(storedMessageId).matches("<[0-9a-f-]{36}@samspil\\.slagelse\\.test>");
        assertThat(mail.getMessageID()).isEqualTo(storedMessageId);
        assertThat(mail.getSubject()).isEqualTo(DANISH);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("udbakke@samspil.test");
        assertThat(from.getPersonal()).isEqualTo("Erhvervscenter Ærø");
        assertThat(mail.getHeader("From", null))
                .as("encoded (RFC 2047), not raw UTF-8")
                .matches("\\p{ASCII}+");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("erhverv@samspil.test");
        assertThat(mail.getHeader("List-Unsubscribe", null)).isEqualTo("<https://samspil.slagelse.test/afmeld/abc>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat((String) text.getContent()).startsWith(DANISH);
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat((String) html.getContent()).contains("<p style=\"margin:0 0 16px;\">" + DANISH + "</p>");

        assertThat(jdbc.sql("SELECT attempts FROM outbox_message WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT outcome FROM outbox_attempt WHERE message_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("SENT");
    }

    /**
     * Every mail gets, next to its text, an HTML alternative the outbox writes from that text: the brand's name and
     * colour in a banner, everything from the text escaped, web addresses as links, "- " lines as a list.
     */
    @Test
    void everyMailGetsABrandedHtmlPartWithEverythingEscaped() throws Exception {
        String recipient = "html-" + UUID.randomUUID() + "@example.dk";
        String text = """
                Hej <b>Anne</b> & "Co." – <script>alert('x')</script>

                - Tagrenovering (SK-2027-001)
                  Forventet udbud: 4. kvartal 2027
                - <img src=x onerror=alert(1)>
                Læs mere: https://samspil.slagelse.test/kommende-indkob/SK-2027-001?a=1&b=<2>.
                """;
        long id = transactions.execute(
                status -> outbox.enqueue(OutgoingMail.of("alerts.alert", recipient, "Nyt <indkøb>", text)));

        awaitStatus(id, "SENT");

        MimeMessage mail = greenMail.getReceivedMessagesForDomain(recipient)[0];
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo(text);
        assertThat(parts.getBodyPart(1).getContentType())
                .startsWith("text/html")
                .containsIgnoringCase("utf-8");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html)
                .contains("Testby Kommune", "background:#8a1538;", "font-family:'IBM Plex Sans'", "font-size:16px")
                .contains("<title>Nyt &lt;indkøb&gt;</title>")
                .contains(
                        "Hej &lt;b&gt;Anne&lt;/b&gt; &amp; &quot;Co.&quot; – &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains(
                        "<li style=\"margin:0 0 8px;\">Tagrenovering (SK-2027-001)<br>Forventet udbud: 4. kvartal 2027</li>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<a href=\"https://samspil.slagelse.test/kommende-indkob/SK-2027-001?a=1&amp;b=\" "
                        + "style=\"color:#8a1538;text-decoration:underline;\">")
                .doesNotContain("<script", "<b>", "<img", "<2>");
        assertThat(jdbc.sql("SELECT body_html FROM outbox_message WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(html);
    }

    @Test
    void usesTheConfiguredSenderNameForAPlainTextMail() throws Exception {
        String recipient = "tekst-" + UUID.randomUUID() + "@example.dk";
        long id = transactions.execute(status -> outbox.enqueue(
                OutgoingMail.of("identity.setup", recipient, "Velkommen til Samspil", "Søde hilsner fra Slagelse")));

        awaitStatus(id, "SENT");

        MimeMessage mail = greenMail.getReceivedMessagesForDomain(recipient)[0];
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Slagelse Kommune");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(TestSmtp.text(mail).strip()).isEqualTo("Søde hilsner fra Slagelse");
    }

    @Test
    void sendsAttachmentsAfterTheBody() throws Exception {
        String recipient = "vedhaeftet-" + UUID.randomUUID() + "@example.dk";
        String calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Møde på Rådhuset\r\nEND:VCALENDAR\r\n";
        long id = transactions.execute(status -> outbox.enqueue(OutgoingMail.of(
                        "engagement.event.confirmed", recipient, "Tilmelding bekræftet", "Invitationen er vedhæftet")
                .withAttachment(new OutgoingMail.Attachment(
                        "invitation.ics",
                        "text/calendar; charset=UTF-8; method=REQUEST",
                        calendar.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        awaitStatus(id, "SENT");

        MimeMessage mail = greenMail.getReceivedMessagesForDomain(recipient)[0];
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(TestSmtp.text(mail).strip()).isEqualTo("Invitationen er vedhæftet");
        assertThat(TestSmtp.html(mail)).contains("Invitationen er vedhæftet");
        BodyPart invitation = parts.getBodyPart(1);
        assertThat(invitation.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(invitation.getFileName()).isEqualTo("invitation.ics");
        assertThat(new String(invitation.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(calendar);
    }

    /**
     * Danish letters in the local part travel with SMTPUTF8 (RFC 6531), which the server offers; a Danish domain
     * goes out as its ASCII form (IDNA), which any server takes.
     */
    @Test
    void addressesWithDanishLettersAreDeliveredToTheirOwnMailbox() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String danishLocalPart = "søren.æblø-" + unique + "@firma.dk";
        String danishDomain = "kontakt-" + unique + "@blomster-på-ærø.dk";
        String asciiDomain = "kontakt-" + unique + "@" + java.net.IDN.toASCII("blomster-på-ærø.dk");
        long first = transactions.execute(status ->
                outbox.enqueue(OutgoingMail.of("identity.setup", danishLocalPart, "Velkommen, Søren", "Hej Søren")));
        long second = transactions.execute(
                status -> outbox.enqueue(OutgoingMail.of("identity.setup", danishDomain, "Velkommen", "Hej")));

        awaitStatus(first, "SENT");
        awaitStatus(second, "SENT");

        MimeMessage toSoeren = inbox(danishLocalPart);
        assertThat(((InternetAddress) toSoeren.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
                .isEqualTo(danishLocalPart);
        assertThat(toSoeren.getSubject()).isEqualTo("Velkommen, Søren");
        assertThat(TestSmtp.text(toSoeren).strip()).isEqualTo("Hej Søren");
        assertThat(((InternetAddress) inbox(asciiDomain).getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
                .isEqualTo(asciiDomain);
    }

    /** The one message in the mailbox of this envelope recipient (GreenMail makes a user per recipient). */
    private static MimeMessage inbox(String address) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        assertThat(user).as("a mailbox for %s", address).isNotNull();
        List<StoredMessage> messages =
                greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        assertThat(messages).hasSize(1);
        return messages.get(0).getMimeMessage();
    }

    /** Sends what is due until the message has the status; the scheduled sender may be the one that sends it. */
    private void awaitStatus(long id, String expected) {
        await().atMost(Background.PATIENCE).untilAsserted(() -> {
            sender.sendDueNow();
            assertThat(status(id)).isEqualTo(expected);
        });
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM outbox_message WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
