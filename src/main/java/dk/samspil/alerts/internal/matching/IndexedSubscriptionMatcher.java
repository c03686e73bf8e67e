package dk.samspil.alerts.internal.matching;

import dk.samspil.alerts.AlertsProperties;
import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.platform.text.DanishText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The matcher the application uses: a {@link SubscriptionIndex} of the active subscriptions, loaded at first use and
 * brought up to date before every match with what any instance changed since (see {@link SubscriptionChanges} and
 * V16 for why nothing committed can be missed). Concurrent matches share one catch-up: a match waits for a catch-up
 * that started after it arrived, never relies on one that was already running. The whole index is reloaded when it
 * was last refreshed so long ago that tombstones of deletions it has not seen may have been cleaned up.
 */
@Component
class IndexedSubscriptionMatcher implements SubscriptionMatcher {

    private static final Logger log = LoggerFactory.getLogger(IndexedSubscriptionMatcher.class);

    private final SubscriptionChanges changes;
    private final CpvCatalogue cpv;
    private final Clock clock;
    private final Duration reloadAfter;
    private final AtomicLong arrivals = new AtomicLong();
    private final Object refreshLock = new Object();

    private volatile SubscriptionIndex index;
    private DanishText text;
    private long changeSeq;
    private long servedArrivals;
    private Instant refreshedAt;

    IndexedSubscriptionMatcher(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            CpvCatalogue cpv,
            Clock clock,
            AlertsProperties properties) {
        this.changes = new SubscriptionChanges(jdbc, transactionManager, properties.matchingRefreshTimeout());
        this.cpv = cpv;
        this.clock = clock;
        // Tombstones are deleted after the pending retention (AlertSubscriptions.deleteUnconfirmed).
        this.reloadAfter = properties.pendingRetention().dividedBy(2);
    }

    @Override
    public SubscriptionMatches match(MatchTarget target, String notifyOn) {
        return refreshed().match(target, notifyOn);
    }

    private SubscriptionIndex refreshed() {
        long arrival = arrivals.incrementAndGet();
        synchronized (refreshLock) {
            if (servedArrivals >= arrival) {
                return index;
            }
            long covered = arrivals.get();
            Instant now = clock.instant();
            if (index == null || refreshedAt.plus(reloadAfter).isBefore(now)) {
                load();
            } else {
                SubscriptionChanges.Changes changed = changes.since(changeSeq);
                changed.removed().forEach(index::remove);
                changed.active().forEach(index::put);
                changeSeq = changed.changeSeq();
            }
            refreshedAt = now;
            servedArrivals = covered;
            return index;
        }
    }

    private void load() {
        long start = System.nanoTime();
        if (text == null) {
            text = cpv.danishText();
        }
        SubscriptionChanges.Snapshot snapshot = changes.all();
        SubscriptionIndex loaded = new SubscriptionIndex(text);
        loaded.replaceAll(snapshot.active());
        changeSeq = snapshot.changeSeq();
        index = loaded;
        log.info(
                "Loaded {} active alert subscriptions into the matching index in {} ms",
                snapshot.active().size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
