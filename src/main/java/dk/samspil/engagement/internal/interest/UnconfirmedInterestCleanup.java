package dk.samspil.engagement.internal.interest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes interests nobody confirmed within {@code samspil.engagement.interest.pending-retention}. */
@Component
class UnconfirmedInterestCleanup {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedInterestCleanup.class);

    private final Interests interests;

    UnconfirmedInterestCleanup(Interests interests) {
        this.interests = interests;
    }

    @Scheduled(fixedDelayString = "${samspil.engagement.interest.cleanup-interval:1h}", initialDelayString = "1m")
    void run() {
        int deleted = interests.deleteUnconfirmed();
        if (deleted > 0) {
            log.info("Deleted {} unconfirmed expressions of interest", deleted);
        }
    }
}
