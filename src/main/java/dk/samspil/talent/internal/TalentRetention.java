package dk.samspil.talent.internal;

import dk.samspil.platform.DanishFormats;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes applications and their CVs {@code samspil.talent.cv-retention} after the opportunity's deadline. */
@Component
class TalentRetention {

    private static final Logger log = LoggerFactory.getLogger(TalentRetention.class);

    private final TalentService talent;
    private final Clock clock;

    TalentRetention(TalentService talent, Clock clock) {
        this.talent = talent;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${samspil.talent.retention-interval:1d}", initialDelayString = "8m")
    void scheduled() {
        int deleted = talent.deleteExpired(LocalDate.now(clock.withZone(DanishFormats.ZONE)));
        if (deleted > 0) {
            log.info("Talent: {} applications deleted after the retention period", deleted);
        }
    }
}
