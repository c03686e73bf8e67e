package dk.samspil.platform.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dk.samspil.support.IntegrationTest;

/** A listener that failed gets the event again from the retry job, once, and its publication completes. */
@TestPropertySource(properties = {"samspil.event-retry.min-age=0s", "samspil.event-retry.max-attempts=2"})
class FailedEventRetriesTest extends IntegrationTest {

    /** Published by the test only. */
    record RetryProbe(String id) {
    }

    /** Published by the test only; its listener always fails. */
    record HopelessProbe(String id) {
    }

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
        await(() -> "FAILED".equals(status(id)), "the first attempt to fail");
        assertThat(attemptsSeen(id)).isEqualTo(1);

        retries.resubmit();
        await(() -> "COMPLETED".equals(status(id)), "the resubmitted publication to complete");
        assertThat(attemptsSeen(id)).isEqualTo(2);

        retries.resubmit();
        sleep(500);
        assertThat(attemptsSeen(id)).as("a completed publication is not resubmitted").isEqualTo(2);
    }

    @Test
    void aListenerThatKeepsFailingIsLeftAloneAfterTheMaximumAttempts() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> publisher.publishEvent(new HopelessProbe(id)));
        await(() -> "FAILED".equals(status(id)), "the first attempt to fail");

        retries.resubmit();
        await(() -> attemptsSeen(id) == 2, "the second attempt");
        await(() -> "FAILED".equals(status(id)), "the second attempt to fail");
        assertThat(attempts(id)).isEqualTo(2);

        retries.resubmit();
        sleep(500);
        assertThat(attemptsSeen(id)).as("no third attempt").isEqualTo(2);
    }

    /** How often the listener saw this probe (other tests' probes go to the same listener). */
    private long attemptsSeen(String id) {
        return listener.seen().stream().filter(id::equals).count();
    }

    private int attempts(String id) {
        return jdbc.sql("SELECT completion_attempts FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + id + "%").query(Integer.class).single();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + id + "%").query(String.class).optional().orElse(null);
    }

    private static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
