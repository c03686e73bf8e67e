package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.AlertsProperties;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds followers and subscribers who asked for it that a tender is expected in {@code reminder-days} days. Runs
 * with the digest check; the change key {@code reminder:<date>} makes every run after the first send nothing.
 */
@Component
class ReminderJob {

    private final ProcurementExtracts extracts;
    private final AlertDeliveries deliveries;
    private final AlertsProperties properties;
    private final Clock clock;

    ReminderJob(ProcurementExtracts extracts, AlertDeliveries deliveries, AlertsProperties properties, Clock clock) {
        this.extracts = extracts;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${samspil.alerts.digest-check-interval:5m}",
            fixedDelayString = "${samspil.alerts.digest-check-interval:5m}")
    void run() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}; returns how many went to the outbox at once. */
    int remind(LocalDate today) {
        LocalDate expected = today.plusDays(properties.reminderDays());
        int sent = 0;
        for (ProcurementSnapshot entry : extracts.expectedFrom(expected)) {
            sent += deliveries.deliver(News.ofEntry(
                    AlertKind.REMINDER, ChangeKey.reminder(expected), entry, Happening.of(AlertKind.REMINDER)));
        }
        return sent;
    }
}
