package dk.samspil.engagement.internal.ideas;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Erases contact data of closed ideas after {@code samspil.engagement.ideas.contact-retention}. */
@Component
class ContactRetention {

    private static final Logger log = LoggerFactory.getLogger(ContactRetention.class);

    private final IdeaService ideas;

    ContactRetention(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Scheduled(fixedDelayString = "${samspil.engagement.ideas.cleanup-interval:6h}", initialDelayString = "2m")
    void run() {
        int erased = ideas.eraseExpiredContacts();
        if (erased > 0) {
            log.info("Erased the contact data of {} closed OPI ideas", erased);
        }
    }
}
