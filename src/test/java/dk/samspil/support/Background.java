package dk.samspil.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waiting for the application's work in the background (asynchronous event listeners, the outbox sender) to be done,
 * read from the database that every instance shares. Once both are done, nothing more is on its way: a test can
 * count what arrived instead of sleeping for a while in case more comes.
 */
public final class Background {

    /** How long a test waits for work in the background before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Background() {}

    /**
     * Waits until every event publication made since {@code since} to a listener whose id starts with
     * {@code listenerPrefix} (e.g. {@code dk.samspil.alerts.}) has completed. Publications of other tests before
     * then (some fail on purpose) do not count.
     */
    public static void awaitListeners(JdbcClient jdbc, String listenerPrefix, Instant since) {
        await("listeners " + listenerPrefix + "* done")
                .atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND listener_id LIKE :prefix AND publication_date >= :since""")
                                .param("prefix", listenerPrefix + "%")
                                .param("since", Timestamp.from(since))
                                .query(Long.class)
                                .single())
                        .as("incomplete event publications")
                        .isZero());
    }

    /** Waits until the outbox has no message to the address waiting to be sent. */
    public static void awaitOutboxSent(JdbcClient jdbc, String recipient) {
        await("outbox to " + recipient + " sent")
                .atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(:recipient)
                        AND status = 'PENDING'""")
                                .param("recipient", recipient)
                                .query(Long.class)
                                .single())
                        .as("pending outbox messages")
                        .isZero());
    }
}
