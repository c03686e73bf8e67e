package dk.samspil.engagement.internal.interest;

import java.util.List;

/** The expression of interest breaks one or more rules; nothing was stored. */
class InterestRejected extends RuntimeException {

    private final transient List<InterestViolation> violations;

    InterestRejected(List<InterestViolation> violations) {
        super("Interest rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    List<InterestViolation> violations() {
        return violations;
    }
}
