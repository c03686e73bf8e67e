package dk.samspil.engagement.internal.events;

import java.util.List;

/**
 * A change or registration was refused; nothing was stored. {@code conflict} means the input was fine but the
 * state of the event does not allow it (deadline passed, cancelled, already registered, too few seats).
 */
class EventRejected extends RuntimeException {

    private final List<Violation> violations;
    private final boolean conflict;

    EventRejected(List<Violation> violations, boolean conflict) {
        super("Rejected: " + violations);
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    static EventRejected invalid(List<Violation> violations) {
        return new EventRejected(violations, false);
    }

    static EventRejected conflict(String field, String messageKey, Object... arguments) {
        return new EventRejected(List.of(new Violation(field, messageKey, arguments)), true);
    }

    List<Violation> violations() {
        return violations;
    }

    boolean conflict() {
        return conflict;
    }
}
