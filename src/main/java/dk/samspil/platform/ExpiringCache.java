package dk.samspil.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one in-memory cache of the application, for answers that many visitors ask for alike (public search results,
 * rendered list pages): a value is reused for a time to live, at most {@code size} keys are kept (when full, the
 * expired ones go first, then all of them), and the owner {@link #clear clears} it when the data behind it changes.
 * A time to live of zero turns it off. It is a plain object, not a bean: each owner makes one from its own settings.
 *
 * @param <K> the key, e.g. a query record; must have value equality
 * @param <V> the value, kept as given
 */
public final class ExpiringCache<K, V> {

    /**
     * A kept value, fresh or expired: an owner may serve an expired value while exactly one caller, the one that
     * {@link #claimRefresh claims} it, makes it anew, so a busy key never has every request rebuild it at once.
     */
    public static final class Entry<V> {

        private final V value;
        private final long expiresAt;
        private final LongSupplier nanoTime;
        private final AtomicBoolean refreshing = new AtomicBoolean();

        private Entry(V value, long expiresAt, LongSupplier nanoTime) {
            this.value = value;
            this.expiresAt = expiresAt;
            this.nanoTime = nanoTime;
        }

        public V value() {
            return value;
        }

        public boolean fresh() {
            return nanoTime.getAsLong() - expiresAt < 0;
        }

        /** True for exactly one caller: the one that makes the expired value anew. */
        public boolean claimRefresh() {
            return refreshing.compareAndSet(false, true);
        }
    }

    private final Duration ttl;
    private final int size;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ExpiringCache(Duration ttl, int size) {
        this(ttl, size, System::nanoTime);
    }

    ExpiringCache(Duration ttl, int size, LongSupplier nanoTime) {
        if (ttl.isNegative() || size < 1) {
            throw new IllegalArgumentException(
                    "A cache needs a time to live >= 0 and a size >= 1: " + ttl + ", " + size);
        }
        this.ttl = ttl;
        this.size = size;
        this.nanoTime = nanoTime;
    }

    public boolean enabled() {
        return !ttl.isZero();
    }

    /** The fresh value for the key, else {@code load}'s, which is kept; with the cache off, always {@code load}'s. */
    public V get(K key, Function<? super K, ? extends V> load) {
        if (!enabled()) {
            return load.apply(key);
        }
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.fresh()) {
            return entry.value();
        }
        V value = load.apply(key);
        put(key, value);
        return value;
    }

    /** The kept entry, fresh or expired; {@code null} when there is none. */
    public @Nullable Entry<V> entry(K key) {
        return entries.get(key);
    }

    /** Keeps the value for the time to live (nothing when the cache is off). */
    public void put(K key, V value) {
        if (!enabled()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (entries.size() >= size && !entries.containsKey(key)) {
            entries.values().removeIf(old -> now - old.expiresAt >= 0);
            if (entries.size() >= size) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, now + ttl.toNanos(), nanoTime));
    }

    public void remove(K key) {
        entries.remove(key);
    }

    /** Forgets everything, e.g. when the data behind the values changed. */
    public void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
