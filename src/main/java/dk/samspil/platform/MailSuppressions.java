package dk.samspil.platform;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The addresses Samspil sends nothing to, whichever module writes (a hard bounce suppresses the address across
 * Samspil). The outbox sender refuses a suppressed recipient as a permanent failure; modules that write to many
 * (campaigns) leave suppressed addresses out before they enqueue. Addresses are compared case-insensitively.
 */
public interface MailSuppressions {

    enum Reason {
        HARD_BOUNCE,
        SOFT_BOUNCES,
        COMPLAINT,
        STAFF
    }

    record Suppression(
            String email, Reason reason, @Nullable String detail, Instant createdAt) {}

    /** Suppresses the address; an address already suppressed keeps its first reason. @return whether it is new */
    boolean suppress(String email, Reason reason, @Nullable String detail);

    /** Lets mail go to the address again. @return whether it was suppressed */
    boolean lift(String email);

    boolean isSuppressed(String email);

    /** Those of the addresses that are suppressed, lower-cased. */
    Set<String> suppressedAmong(Collection<String> emails);

    /** The newest first. */
    List<Suppression> list(int limit);

    int count();
}
