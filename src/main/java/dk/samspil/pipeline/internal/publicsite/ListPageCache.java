package dk.samspil.pipeline.internal.publicsite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementPublished;

/**
 * Rendered public list pages by language and query string, each fresh for {@code samspil.pipeline.search.cache-ttl}.
 * When a page expires, one request renders it anew while the others still get the expired page, so a busy page never
 * has every request render at once. A publication or change on this instance empties the cache at once; other
 * instances show the change within the cache time plus one rendering.
 */
@Component
class ListPageCache {

    record Page(String contentType, byte[] body, long expiresAt, AtomicBoolean refreshing) {

        boolean fresh() {
            return System.nanoTime() - expiresAt < 0;
        }

        /** True for exactly one caller: the one that renders the expired page anew. */
        boolean claimRefresh() {
            return refreshing.compareAndSet(false, true);
        }
    }

    private final PipelineSearchProperties properties;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    ListPageCache(PipelineSearchProperties properties) {
        this.properties = properties;
    }

    boolean enabled() {
        return !properties.cacheTtl().isZero();
    }

    /** The page, fresh or expired; {@code null} when there is none. */
    Page get(String key) {
        return pages.get(key);
    }

    void remove(String key) {
        pages.remove(key);
    }

    void put(String key, String contentType, byte[] body) {
        long now = System.nanoTime();
        if (pages.size() >= properties.cacheSize()) {
            pages.values().removeIf(old -> now - old.expiresAt() >= 0);
            if (pages.size() >= properties.cacheSize()) {
                pages.clear();
            }
        }
        pages.put(key, new Page(contentType, body, now + properties.cacheTtl().toNanos(), new AtomicBoolean()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(ProcurementPublished event) {
        pages.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ProcurementChanged event) {
        pages.clear();
    }
}
