package dk.samspil.platform.internal.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code samspil.outbox.domain-rate-limits}: at most so many messages per second to one recipient domain (a big
 * provider throttles senders that go faster), counted per instance in whole-second windows.
 */
final class DomainRateLimits {

    private final Map<String, Integer> limits;
    private final Map<String, long[]> windows = new HashMap<>();

    DomainRateLimits(Map<String, Integer> limits) {
        Map<String, Integer> lower = new HashMap<>();
        limits.forEach((domain, limit) -> lower.put(domain.toLowerCase(Locale.ROOT), limit));
        this.limits = Map.copyOf(lower);
    }

    /** Whether one more message may go to the recipient's domain in this second; if so it is counted. */
    synchronized boolean tryAcquire(String recipient) {
        if (limits.isEmpty()) {
            return true;
        }
        String domain = recipient.substring(recipient.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        Integer limit = limits.get(domain);
        if (limit == null) {
            return true;
        }
        long second = System.nanoTime() / 1_000_000_000L;
        long[] window = windows.computeIfAbsent(domain, d -> new long[] {second, 0});
        if (window[0] != second) {
            window[0] = second;
            window[1] = 0;
        }
        if (window[1] >= limit) {
            return false;
        }
        window[1]++;
        return true;
    }
}
