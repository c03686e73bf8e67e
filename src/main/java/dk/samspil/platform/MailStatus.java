package dk.samspil.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one outbox message stands, for support pages that show what was mailed to an address.
 *
 * @param state     queued (waiting or being retried), sent, or failed for good
 * @param attempts  delivery attempts so far
 * @param sentAt    when the mail server accepted it; {@code null} unless sent
 * @param lastError why the latest attempt failed; {@code null} when it did not
 */
public record MailStatus(
        long id,
        Instant createdAt,
        String category,
        String recipient,
        String subject,
        State state,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable String lastError) {

    public enum State {
        QUEUED,
        SENT,
        FAILED
    }
}
