package dk.samspil.pipeline.internal.opendata;

import dk.samspil.platform.Violation;

/** A query parameter out of range: answered 400 with the violation, like unreadable input. */
class InvalidQuery extends RuntimeException {

    private final transient Violation violation;

    InvalidQuery(Violation violation) {
        super("Invalid query parameter " + violation.field());
        this.violation = violation;
    }

    Violation violation() {
        return violation;
    }
}
