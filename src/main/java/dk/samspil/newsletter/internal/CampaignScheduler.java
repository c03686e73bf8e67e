package dk.samspil.newsletter.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends scheduled campaigns when they are due; several instances share the work by row locks. */
@Component
class CampaignScheduler {

    private static final Logger log = LoggerFactory.getLogger(CampaignScheduler.class);
    private static final int MAX_PER_RUN = 20;

    private final Campaigns campaigns;

    CampaignScheduler(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Scheduled(
            fixedDelayString = "${samspil.newsletter.scheduler-interval:30s}",
            initialDelayString = "${samspil.newsletter.scheduler-interval:30s}")
    void run() {
        for (int i = 0; i < MAX_PER_RUN; i++) {
            try {
                Optional<Long> sent = campaigns.sendNextDue();
                if (sent.isEmpty()) {
                    return;
                }
                log.info("Scheduled newsletter {} sent", sent.get());
            } catch (RuntimeException e) {
                log.warn("Scheduled newsletter could not be sent: {}", e.toString());
                return;
            }
        }
    }
}
