package dk.samspil.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samspil.platform.MailDeliveryFailed;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** What the sender does when the mail server says no: now (5xx) or not yet (4xx). */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {"samspil.outbox.max-attempts=3", "samspil.outbox.first-retry-delay=30s"})
@Import(OutboxSenderFailureTest.FailedDeliveries.class)
class OutboxSenderFailureTest extends IntegrationTest {

    private static final ScriptedSmtpServer smtp = ScriptedSmtpServer.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::port);
    }

    @AfterAll
    static void stopServer() throws IOException {
        smtp.close();
    }

    @TestComponent
    static class FailedDeliveries {

        final List<MailDeliveryFailed> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MailDeliveryFailed event) {
            events.add(event);
        }
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FailedDeliveries failures;

    @Test
    void anUnknownMailboxFailsAtOnceAndIsAnnounced() {
        String recipient = "bounce-" + UUID.randomUUID() + "@example.dk";
        long id = enqueue(recipient);

        awaitAttempts(id, 1);

        assertThat(column(id, "status")).isEqualTo("FAILED");
        assertThat(column(id, "last_error")).contains("550 5.1.1");
        assertThat(outcomes(id)).containsExactly("PERMANENT_FAILURE");
        assertThat(failures.events)
                .contains(new MailDeliveryFailed(id, "alerts.alert", recipient, true, column(id, "last_error")));
    }

    @Test
    void aBusyServerIsRetriedWithGrowingPausesUntilTheLastAttempt() {
        String recipient = "busy-" + UUID.randomUUID() + "@example.dk";
        long id = enqueue(recipient);

        awaitAttempts(id, 1);
        assertThat(column(id, "status")).isEqualTo("PENDING");
        assertThat(column(id, "last_error")).contains("451 4.3.0");
        assertThat(pauseAfterLastAttempt(id)).isEqualTo(Duration.ofSeconds(30));

        makeDue(id);
        awaitAttempts(id, 2);
        assertThat(column(id, "status")).isEqualTo("PENDING");
        assertThat(pauseAfterLastAttempt(id)).isEqualTo(Duration.ofSeconds(60));

        makeDue(id);
        awaitAttempts(id, 3);
        assertThat(column(id, "status")).isEqualTo("FAILED");
        assertThat(outcomes(id)).containsExactly("TEMPORARY_FAILURE", "TEMPORARY_FAILURE", "TEMPORARY_FAILURE");
        assertThat(failures.events).anySatisfy(event -> {
            assertThat(event.outboxId()).isEqualTo(id);
            assertThat(event.permanent()).isFalse();
            assertThat(event.recipient()).isEqualTo(recipient);
        });
    }

    @Test
    void retryPausesDoubleAndStopAtSixHours() {
        Duration first = Duration.ofSeconds(30);
        assertThat(OutboxSender.retryDelay(first, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.retryDelay(first, 4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxSender.retryDelay(first, 12)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxSender.retryDelay(first, 200)).isEqualTo(Duration.ofHours(6));
    }

    private long enqueue(String recipient) {
        return transactions.execute(status ->
                outbox.enqueue(OutgoingMail.of("alerts.alert", recipient, "Nyt indkøb", "Der er et nyt indkøb.")));
    }

    /** Stands in for the passing of time: the next attempt is due now. */
    private void makeDue(long id) {
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1)))
                .param("id", id)
                .update();
    }

    /** Sends until the message has had {@code attempts} attempts; the scheduler may make some of them. */
    private void awaitAttempts(long id, int attempts) {
        await().atMost(Background.PATIENCE).untilAsserted(() -> {
            sender.sendDueNow();
            assertThat(attempts(id)).isGreaterThanOrEqualTo(attempts);
        });
        assertThat(attempts(id)).isEqualTo(attempts);
        assertThat(outcomes(id)).hasSize(attempts);
    }

    private Duration pauseAfterLastAttempt(long id) {
        Instant next = jdbc.sql("SELECT next_attempt_at FROM outbox_message WHERE id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toInstant();
        Instant attempted = jdbc.sql("SELECT max(attempted_at) FROM outbox_attempt WHERE message_id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toInstant();
        return Duration.between(attempted, next);
    }

    private int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM outbox_message WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private String column(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM outbox_message WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private List<String> outcomes(long id) {
        return jdbc.sql("SELECT outcome FROM outbox_attempt WHERE message_id = :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();
    }
}
