package dk.samspil.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** samspil.outbox.domain-rate-limits: a limited domain gets its number per second, other domains are not held back. */
class DomainRateLimitsTest {

    @Test
    void aLimitedDomainGetsItsNumberPerSecondAndOthersAreFree() {
        DomainRateLimits limits = new DomainRateLimits(Map.of("Gmail.com", 3));
        long started = System.nanoTime() / 1_000_000_000L;
        long allowed = IntStream.range(0, 10)
                .filter(i -> limits.tryAcquire("anne" + i + "@gmail.com"))
                .count();
        if (System.nanoTime() / 1_000_000_000L == started) {
            // all ten asked within one second
            assertThat(allowed).isEqualTo(3);
        } else {
            assertThat(allowed).isBetween(3L, 6L);
        }
        assertThat(IntStream.range(0, 10).allMatch(i -> limits.tryAcquire("bo" + i + "@firma.dk")))
                .isTrue();
        assertThat(new DomainRateLimits(Map.of()).tryAcquire("cis@gmail.com")).isTrue();
    }
}
