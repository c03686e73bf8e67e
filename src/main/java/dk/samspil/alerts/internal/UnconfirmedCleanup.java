package dk.samspil.alerts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes subscriptions nobody confirmed within {@code samspil.alerts.pending-retention}. */
@Component
class UnconfirmedCleanup {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedCleanup.class);

    private final AlertSubscriptions subscriptions;

    UnconfirmedCleanup(AlertSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Scheduled(fixedDelayString = "${samspil.alerts.cleanup-interval:1h}", initialDelayString = "1m")
    void run() {
        int deleted = subscriptions.deleteUnconfirmed();
        if (deleted > 0) {
            log.info("Deleted {} unconfirmed alert subscriptions", deleted);
        }
    }
}
