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
@TestPropertySource(properties = "samspil.event-retry.min-age=0s")
class FailedEventRetriesTest extends IntegrationTest {

    /** Published by the test only. */
    record RetryProbe(String id) {
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
        assertThat(listener.seen()).containsExactly(id);

        retries.resubmit();
        await(() -> "COMPLETED".equals(status(id)), "the resubmitted publication to complete");
        assertThat(listener.seen()).containsExactly(id, id);

        retries.resubmit();
        sleep(500);
        assertThat(listener.seen()).as("a completed publication is not resubmitted").containsExactly(id, id);
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
