package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Mail a public form can trigger is throttled per recipient and per client address, and the answer is the same
 * whether a mail went out or not. Each test comes from its own client addresses (X-Forwarded-For from the test
 * itself, configured as the trusted proxy), so the counts of other tests in the same database do not mix in.
 */
@TestPropertySource(
        properties = {"samspil.mail-throttle.per-client-address=3", "samspil.trusted-proxies=127.0.0.1/32, ::1/128"})
class MailThrottleTest extends IntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendMeMyLinkAgainAndAgainMailsOnceAndAnswersAlike() {
        Http http = new Http(port);
        String known = email();
        subscribe(http, known, newClientAddress());
        String unknown = email();

        String firstAnswer = null;
        for (int i = 0; i < 5; i++) {
            String client = newClientAddress();
            HttpResponse<String> knownAnswer = sendMyLink(http, known, client);
            HttpResponse<String> unknownAnswer = sendMyLink(http, unknown, client);
            assertThat(knownAnswer.statusCode()).isEqualTo(200);
            assertThat(unknownAnswer.statusCode()).isEqualTo(200);
            String page = comparable(knownAnswer.body(), known);
            assertThat(page)
                    .as("the same answer for a known and an unknown address")
                    .isEqualTo(comparable(unknownAnswer.body(), unknown));
            if (firstAnswer == null) {
                firstAnswer = page;
            }
            assertThat(page)
                    .as("the same answer whether a mail went out or not")
                    .isEqualTo(firstAnswer);
        }

        assertThat(mails(known, "alerts.link")).isEqualTo(1);
        assertThat(mails(unknown, "alerts.link")).isZero();
    }

    @Test
    void oneClientAddressCanHaveOnlyAFewMailsSent() {
        Http http = new Http(port);
        String client = newClientAddress();
        String[] recipients = {email(), email(), email(), email(), email()};

        for (String recipient : recipients) {
            assertThat(subscribe(http, recipient, client).statusCode()).isEqualTo(200);
        }
        String fromElsewhere = email();
        subscribe(http, fromElsewhere, newClientAddress());

        long sent = 0;
        for (String recipient : recipients) {
            sent += mails(recipient, "alerts.confirm");
        }
        assertThat(sent).as("samspil.mail-throttle.per-client-address").isEqualTo(3);
        assertThat(mails(fromElsewhere, "alerts.confirm"))
                .as("another client address has its own count")
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM alert_subscription a JOIN alert_subscriber s ON s.id = a.subscriber_id "
                                        + "WHERE s.email IN (:emails)")
                        .param("emails", java.util.List.of(recipients))
                        .query(Long.class)
                        .single())
                .as("the subscriptions themselves are all stored")
                .isEqualTo(5);
    }

    private HttpResponse<String> subscribe(Http http, String email, String client) {
        Http.FormSession session = http.formSession("/varsling", "X-Forwarded-For", client);
        return http.post(
                "/varsling",
                FORM,
                session.form(
                        "email=" + encode(email) + "&cpvCodes=45000000&frequency=DAILY&language=da&notifyOn=NEW_ENTRY"),
                "Cookie",
                session.cookie(),
                "X-Forwarded-For",
                client);
    }

    private static HttpResponse<String> sendMyLink(Http http, String email, String client) {
        Http.FormSession session = http.formSession("/varsling/link", "X-Forwarded-For", client);
        return http.post(
                "/varsling/link",
                FORM,
                session.form("email=" + encode(email)),
                "Cookie",
                session.cookie(),
                "X-Forwarded-For",
                client);
    }

    private long mails(String email, String category) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :email AND category = :category")
                .param("email", email)
                .param("category", category)
                .query(Long.class)
                .single();
    }

    /** The page without what differs by request anyway: the CSRF token and the address the visitor typed. */
    private static String comparable(String page, String email) {
        return page.replace(email, "").replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
    }

    private static String email() {
        return "throttle-" + UUID.randomUUID() + "@example.dk";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String newClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }
}
