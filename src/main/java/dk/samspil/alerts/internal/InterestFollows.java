package dk.samspil.alerts.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.samspil.engagement.InterestConfirmed;

/** A company that confirmed its interest in an entry follows it from then on. */
@Component
class InterestFollows {

    private final AlertSubscriptions subscriptions;

    InterestFollows(AlertSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @ApplicationModuleListener
    void on(InterestConfirmed event) {
        subscriptions.followConfirmedInterest(event.procurementReference(), event.email(), event.contactName(),
                event.companyCvr(), event.language());
    }
}
