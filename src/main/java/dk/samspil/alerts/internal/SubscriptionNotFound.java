package dk.samspil.alerts.internal;

/** The subscriber or subscription of a link no longer exists (deleted meanwhile). */
public class SubscriptionNotFound extends RuntimeException {

    SubscriptionNotFound() {
        super("No such subscription");
    }
}
