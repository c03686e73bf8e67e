package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.platform.ExpiringCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public list pages by language and query string, each fresh for {@code samspil.pipeline.search.cache-ttl}
 * (the platform's {@link ExpiringCache}). When a page expires, one request renders it anew while the others still get
 * the expired page, so a busy page never has every request render at once. A publication or change on this instance
 * empties the cache at once; other instances show the change within the cache time plus one rendering.
 */
@Component
class ListPageCache {

    record Page(String contentType, byte[] body) {}

    private final ExpiringCache<String, Page> pages;

    ListPageCache(PipelineSearchProperties properties) {
        this.pages = new ExpiringCache<>(properties.cacheTtl(), properties.cacheSize());
    }

    boolean enabled() {
        return pages.enabled();
    }

    /** The page, fresh or expired; {@code null} when there is none. */
    ExpiringCache.Entry<Page> get(String key) {
        return pages.entry(key);
    }

    void remove(String key) {
        pages.remove(key);
    }

    void put(String key, String contentType, byte[] body) {
        pages.put(key, new Page(contentType, body));
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
