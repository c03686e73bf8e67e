package dk.samspil.alerts.internal;

import dk.samspil.engagement.InterestConfirmed;
import dk.samspil.engagement.InterestWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A company that confirmed its interest in an entry follows it from then on, until it withdraws the interest. */
@Component
class InterestFollows {

    private final AlertSubscriptions subscriptions;

    InterestFollows(AlertSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @ApplicationModuleListener
    void on(InterestConfirmed event) {
        subscriptions.followConfirmedInterest(
                event.procurementReference(), event.email(), event.contactName(), event.companyCvr(), event.language());
    }

    @ApplicationModuleListener
    void on(InterestWithdrawn event) {
        subscriptions.endInterestFollow(event.procurementReference(), event.email());
    }
}
