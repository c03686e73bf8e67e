package dk.samspil.talent.internal;

import dk.samspil.talent.TalentProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The institutions' weekly digest: the digest moment is {@code digest-hour} on {@code digest-day}; each run sends the
 * latest moment's digest to the institutions that have not had it yet, so a late run, or a run after a restart, sends
 * it once and a second run sends nothing.
 */
@Component
class InstitutionDigest {

    private static final Logger log = LoggerFactory.getLogger(InstitutionDigest.class);

    private final InstitutionService institutions;
    private final TalentProperties properties;
    private final Clock clock;

    InstitutionDigest(InstitutionService institutions, TalentProperties properties, Clock clock) {
        this.institutions = institutions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${samspil.talent.digest-check-interval:1h}",
            fixedDelayString = "${samspil.talent.digest-check-interval:1h}")
    void scheduled() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Talent: {} institution digests sent", sent);
        }
    }

    /** Sends the digests due now; how many mails went to the outbox. */
    int sendDue() {
        return institutions.sendDigests(latestMoment(clock.instant()));
    }

    /** The latest digest moment at or before {@code now}. */
    Instant latestMoment(Instant now) {
        ZonedDateTime at = now.atZone(clock.getZone());
        ZonedDateTime moment = at.toLocalDate()
                .atTime(properties.digestHour(), 0)
                .atZone(clock.getZone())
                .with(TemporalAdjusters.previousOrSame(properties.digestDay()));
        return (moment.isAfter(at) ? moment.minusWeeks(1) : moment).toInstant();
    }
}
