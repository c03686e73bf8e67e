package dk.samspil.platform.internal.events;

import dk.samspil.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed (a database hiccup, a mail server away) to their listener again,
 * so the work is not left until the next restart. Each instance claims what it resubmits in the publication
 * registry, so two instances never resubmit the same publication; the listeners are idempotent besides. One that has
 * failed {@code max-attempts} times is left for the next restart (which republishes everything outstanding), so a
 * listener that cannot succeed does not fill the log every few minutes.
 */
@Component
class FailedEventRetries {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);

    private final FailedEventPublications failed;
    private final PlatformProperties.EventRetry settings;

    FailedEventRetries(FailedEventPublications failed, PlatformProperties properties) {
        this.failed = failed;
        this.settings = properties.eventRetry();
    }

    @Scheduled(
            initialDelayString = "${samspil.event-retry.interval:5m}",
            fixedDelayString = "${samspil.event-retry.interval:5m}")
    void resubmit() {
        try {
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(settings.minAge())
                    .withMaxInFlight(settings.maxInFlight())
                    .withFilter(publication -> publication.getCompletionAttempts() < settings.maxAttempts()));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed event publications; trying again in {}", settings.interval(), e);
        }
    }
}
