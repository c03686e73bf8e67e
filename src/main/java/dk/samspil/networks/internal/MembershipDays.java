package dk.samspil.networks.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night ({@code samspil.networks.membership-cron}), the members' lists follow the joining and leaving dates
 * that have come: a member who leaves today is off the list from today, one who joins today is on it. Idempotent, so
 * it does no harm when several instances run it.
 */
@Component
class MembershipDays {

    private final NetworkService networks;

    MembershipDays(NetworkService networks) {
        this.networks = networks;
    }

    @Scheduled(cron = "${samspil.networks.membership-cron:0 5 0 * * *}", zone = "Europe/Copenhagen")
    public void run() {
        networks.syncLists();
    }
}
