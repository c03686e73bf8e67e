package dk.samspil.alerts.internal;

import java.util.List;

/** The subscription breaks one or more rules; nothing was stored. */
class SubscriptionRejected extends RuntimeException {

    private final transient List<AlertViolation> violations;

    SubscriptionRejected(List<AlertViolation> violations) {
        super("Subscription rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    List<AlertViolation> violations() {
        return violations;
    }
}
