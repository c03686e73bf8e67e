package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final List<String> loads = new ArrayList<>();

    private String load(String key) {
        loads.add(key);
        return key.toUpperCase() + loads.size();
    }

    @Test
    void aValueIsReusedUntilItsTimeToLiveHasPassed() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), 10, nanos::get);

        assertThat(cache.get("vej", this::load)).isEqualTo("VEJ1");
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.get("vej", this::load)).isEqualTo("VEJ1");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("vej", this::load)).isEqualTo("VEJ2");
        assertThat(loads).containsExactly("vej", "vej");
    }

    @Test
    void clearingForgetsEverythingAndZeroTurnsTheCacheOff() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), 10, nanos::get);
        cache.get("vej", this::load);
        cache.clear();
        assertThat(cache.get("vej", this::load)).isEqualTo("VEJ2");

        ExpiringCache<String, String> off = new ExpiringCache<>(Duration.ZERO, 10, nanos::get);
        off.get("bro", this::load);
        off.get("bro", this::load);
        off.put("bro", "kept?");
        assertThat(off.enabled()).isFalse();
        assertThat(off.entry("bro")).isNull();
        assertThat(loads).containsExactly("vej", "vej", "bro", "bro");
    }

    @Test
    void aFullCacheDropsTheExpiredFirstAndNeverGrowsBeyondItsSize() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), 2, nanos::get);
        cache.put("gammel", "x");
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        cache.put("ny", "y");
        cache.put("nyere", "z");
        assertThat(cache.entry("gammel")).isNull();
        assertThat(cache.entry("ny").value()).isEqualTo("y");

        cache.put("nyeste", "w");
        assertThat(cache.size()).isLessThanOrEqualTo(2);
        assertThat(cache.entry("nyeste").value()).isEqualTo("w");
    }

    @Test
    void anExpiredEntryIsStillThereAndOnlyOneCallerMayRefreshIt() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), 10, nanos::get);
        cache.put("side", "html");
        assertThat(cache.entry("side").fresh()).isTrue();

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        ExpiringCache.Entry<String> expired = cache.entry("side");
        assertThat(expired.fresh()).isFalse();
        assertThat(expired.value()).isEqualTo("html");
        assertThat(expired.claimRefresh()).isTrue();
        assertThat(expired.claimRefresh()).isFalse();
    }
}
