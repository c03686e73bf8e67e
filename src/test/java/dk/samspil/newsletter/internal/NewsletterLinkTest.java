package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Send me my link" on the sign-up page: a person on a list gets a fresh preference-centre link by mail (GreenMail);
 * the page answers the same for an unknown address and sends nothing; a second request within the throttle interval
 * sends nothing more; a malformed address is refused in Danish.
 */
class NewsletterLinkTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern PREFERENCES =
            Pattern.compile("https?://[^/\\s]+(/nyhedsbrev/indstillinger\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    NewsletterSubscriptions subscriptions;

    @Autowired
    NewsletterLists lists;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aKnownAddressGetsItsPreferenceLinkAndAnUnknownOneTheSameAnswerWithoutMail() throws Exception {
        long list = lists.create(new NewsletterLists.NewList(
                "Linkliste " + UUID.randomUUID(), "Nyt.", MailingList.Visibility.PUBLIC, false, false));
        String known = unique("kendt");
        String unknown = unique("ukendt");
        subscriptions.signUp(new NewsletterSubscriptions.SignUp(
                known,
                null,
                null,
                List.of(list),
                "da",
                NewsletterSubscriptions.Method.WEB_FORM,
                "/nyhedsbrev",
                "203.0.113.5",
                true));
        Http http = new Http(port);

        HttpResponse<String> signUpPage = http.get("/nyhedsbrev");
        assertThat(signUpPage.body()).contains("action=\"/nyhedsbrev/link\"").contains("Send mig mit link");

        HttpResponse<String> knownAnswer = ask(http, known);
        HttpResponse<String> unknownAnswer = ask(http, unknown);
        assertThat(knownAnswer.statusCode()).isEqualTo(200);
        assertThat(unknownAnswer.statusCode()).isEqualTo(200);
        assertThat(sentMessage(knownAnswer))
                .contains("Hvis adressen er tilmeldt et nyhedsbrev")
                .isEqualTo(sentMessage(unknownAnswer));

        MimeMessage mail = TestSmtp.awaitMails(greenMail, known, 1)[0];
        assertThat(mail.getSubject()).startsWith("Jeres link til nyhedsbreve fra");
        Matcher link = PREFERENCES.matcher(TestSmtp.text(mail));
        assertThat(link.find()).isTrue();
        HttpResponse<String> preferences = http.get(link.group(1));
        assertThat(preferences.statusCode()).isEqualTo(200);
        assertThat(preferences.body()).contains(known);

        // within the throttle interval a second request sends nothing more, and says the same
        HttpResponse<String> again = ask(http, known);
        assertThat(sentMessage(again)).isEqualTo(sentMessage(knownAnswer));
        assertThat(outboxTo(known)).isEqualTo(1);
        assertThat(outboxTo(unknown)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE lower(email) = lower(:e)")
                        .param("e", unknown)
                        .query(Long.class)
                        .single())
                .as("an unknown address is not stored")
                .isZero();
    }

    @Test
    void aMalformedAddressIsRefusedInDanishAndNothingIsSent() {
        Http http = new Http(port);
        // a local part of its own: other tests in the same database send mail to ordinary addresses
        String local = "malformed" + System.nanoTime();
        for (String bad : List.of("", "ikke-en-adresse", "Anne <" + local + "@firma.dk>", local + "@firma")) {
            HttpResponse<String> answer = ask(http, bad);
            assertThat(answer.statusCode()).as(bad).isEqualTo(422);
            assertThat(answer.body())
                    .contains("alert-error")
                    .containsAnyOf("Skriv jeres e-mailadresse.", "Skriv en gyldig e-mailadresse")
                    .doesNotContain("id=\"link-sent\"");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient LIKE :local")
                        .param("local", "%" + local + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static HttpResponse<String> ask(Http http, String email) {
        Http.FormSession session = http.formSession("/nyhedsbrev/link");
        return http.post(
                "/nyhedsbrev/link",
                "application/x-www-form-urlencoded",
                session.form("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)),
                "Cookie",
                session.cookie());
    }

    private static String sentMessage(HttpResponse<String> answer) {
        String body = answer.body();
        int start = body.indexOf("id=\"link-sent\"");
        assertThat(start).as("the answer says the link is on its way").isPositive();
        return body.substring(start, body.indexOf("</div>", start));
    }

    private long outboxTo(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(:e) AND category = :c")
                .param("e", email)
                .param("c", "newsletter.link")
                .query(Long.class)
                .single();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}
