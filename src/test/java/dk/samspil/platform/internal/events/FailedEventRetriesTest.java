package dk.samspil.platform.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A listener that failed gets the event again from the retry job, once, and its publication completes. */
@TestPropertySource(properties = {"samspil.event-retry.min-age=0s", "samspil.event-retry.max-attempts=2"})
class FailedEventRetriesTest extends IntegrationTest {

    /** Published by the test only. */
    record RetryProbe(String id) {}

    /** Published by the test only; its listener always fails. */
    record HopelessProbe(String id) {}

    /** Fails the first time it sees a probe, succeeds after. */
    static class FlakyListener {

        private final List<String> seen = new CopyOnWriteArrayList<>();

        /** A method, not the field: the bean is a proxy (the listener runs asynchronously in a transaction). */
        List<String> seen() {
            return List.copyOf(seen);
        }

        @ApplicationModuleListener
        void on(RetryProbe probe) {
            seen.add(probe.id());
            if (seen.stream().filter(probe.id()::equals).count() == 1) {
                throw new IllegalStateException("The first attempt fails");
            }
        }

        @ApplicationModuleListener
        void on(HopelessProbe probe) {
            seen.add(probe.id());
            throw new IllegalStateException("Every attempt fails");
        }
    }

    @TestConfiguration
    static class Listener {

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    FailedEventRetries retries;

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedPublicationIsHandedToItsListenerAgainAndCompletes() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> publisher.publishEvent(new RetryProbe(id)));
        awaitStatus(id, "FAILED");
        assertThat(attemptsSeen(id)).isEqualTo(1);

        retries.resubmit();
        awaitStatus(id, "COMPLETED");
        assertThat(attemptsSeen(id)).isEqualTo(2);

        Map<String, Object> completed = publication(id);
        retries.resubmit();
        assertThat(publication(id))
                .as("a completed publication is not resubmitted")
                .isEqualTo(completed);
        assertThat(attemptsSeen(id)).isEqualTo(2);
    }

    @Test
    void aListenerThatKeepsFailingIsLeftAloneAfterTheMaximumAttempts() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> publisher.publishEvent(new HopelessProbe(id)));
        awaitStatus(id, "FAILED");

        retries.resubmit();
        await("the second attempt")
                .atMost(Background.PATIENCE)
                .untilAsserted(() -> assertThat(attemptsSeen(id)).isEqualTo(2));
        awaitStatus(id, "FAILED");
        assertThat(attempts(id)).isEqualTo(2);

        Map<String, Object> failed = publication(id);
        retries.resubmit();
        assertThat(publication(id)).as("no third attempt").isEqualTo(failed);
        assertThat(attemptsSeen(id)).isEqualTo(2);
    }

    /** How often the listener saw this probe (other tests' probes go to the same listener). */
    private long attemptsSeen(String id) {
        return listener.seen().stream().filter(id::equals).count();
    }

    private int attempts(String id) {
        return jdbc.sql("SELECT completion_attempts FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + id + "%")
                .query(Integer.class)
                .single();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + id + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void awaitStatus(String id, String status) {
        await("publication " + status)
                .atMost(Background.PATIENCE)
                .untilAsserted(() -> assertThat(status(id)).isEqualTo(status));
    }

    /**
     * The publication's row. {@code resubmit()} records a resubmission here (status, attempts, date) before it hands
     * the event to the listener, so a row unchanged right after it returns shows that nothing was handed over.
     */
    private Map<String, Object> publication(String id) {
        return jdbc.sql("""
                        SELECT status, completion_date, completion_attempts, last_resubmission_date
                        FROM event_publication WHERE serialized_event LIKE :id""").param("id", "%" + id + "%").query().singleRow();
    }
}
