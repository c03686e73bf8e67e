package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.AlertsProperties;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailDeliveryFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pauses a subscriber whose address does not take mail: at once after a hard bounce, or when their latest
 * {@code pause-after-failures} alert mails all failed. Nothing is sent to a paused subscriber until they resume
 * on their manage page.
 */
@Component
class DeliveryFailures {

    private static final Logger log = LoggerFactory.getLogger(DeliveryFailures.class);

    private final DeliveryRepository repository;
    private final AuditLog audit;
    private final AlertsProperties properties;
    private final Clock clock;

    DeliveryFailures(DeliveryRepository repository, AuditLog audit, AlertsProperties properties, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailDeliveryFailed event) {
        if (!AlertMailWriter.ALERT_CATEGORY.equals(event.category())
                && !AlertMailWriter.DIGEST_CATEGORY.equals(event.category())) {
            return;
        }
        Instant now = clock.instant();
        repository.markFailed(event.outboxId(), now).ifPresent(subscriber -> {
            if ((event.permanent() || repository.latestMailsFailed(subscriber, properties.pauseAfterFailures()))
                    && repository.pause(subscriber, event.reason(), now)) {
                audit.record(
                        AuditLog.Action.UPDATE,
                        "alert_subscriber",
                        subscriber,
                        Map.of(
                                "pausedAt",
                                new AuditLog.Change(null, now.toString()),
                                "pauseReason",
                                new AuditLog.Change(null, event.reason())),
                        AuditActor.system());
                log.info("Alert subscriber {} paused: {}", subscriber, event.reason());
            }
        });
    }
}
