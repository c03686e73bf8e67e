package dk.samspil.alerts.internal;

/** The subscriber or subscription of a link no longer exists (deleted meanwhile). */
class SubscriptionNotFound extends RuntimeException {

    SubscriptionNotFound() {
        super("No such subscription");
    }
}
