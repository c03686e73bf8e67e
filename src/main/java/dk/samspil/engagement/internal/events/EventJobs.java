package dk.samspil.engagement.internal.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timed work: expired waiting-list offers move on to the next in line, reminders go out before the start, and
 * registrations are deleted after the retention period. Safe with several instances: offers are handled under
 * the event's row lock, reminders are claimed with {@code FOR UPDATE SKIP LOCKED} and marked.
 */
@Component
class EventJobs {

    private static final Logger log = LoggerFactory.getLogger(EventJobs.class);
    private static final int REMINDER_BATCH = 100;

    private final RegistrationService registrations;

    EventJobs(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Scheduled(fixedDelayString = "${samspil.engagement.events.job-interval:1m}", initialDelayString = "30s")
    void run() {
        expireOffers();
        sendReminders();
        int deleted = registrations.deleteExpiredPersonalData();
        if (deleted > 0) {
            log.info("Events: {} registration(s) deleted after the retention period", deleted);
        }
    }

    void expireOffers() {
        for (long eventId : registrations.eventsWithExpiredOffers()) {
            registrations.expireOffers(eventId);
        }
    }

    void sendReminders() {
        int sent;
        do {
            sent = registrations.sendReminders(REMINDER_BATCH);
        } while (sent == REMINDER_BATCH);
    }
}
