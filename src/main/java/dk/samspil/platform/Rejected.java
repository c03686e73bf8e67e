package dk.samspil.platform;

import java.util.List;

/**
 * A service refused a change because it breaks one or more rules; nothing was stored. {@link #conflict()} means the
 * input was fine but the state of things does not allow it (a deadline passed, already registered ...): the APIs
 * answer 409 instead of 422.
 */
public class Rejected extends RuntimeException {

    private final transient List<Violation> violations;
    private final boolean conflict;

    private Rejected(List<Violation> violations, boolean conflict) {
        super("Rejected: "
                + violations.stream().map(v -> v.field() + "=" + v.messageKey()).toList());
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    public Rejected(List<Violation> violations) {
        this(violations, false);
    }

    public Rejected(Violation violation) {
        this(List.of(violation));
    }

    /** The input breaks no rule, but the current state does not allow what it asks. */
    public static Rejected conflict(String field, String messageKey, Object... arguments) {
        return new Rejected(List.of(new Violation(field, messageKey, arguments)), true);
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean conflict() {
        return conflict;
    }
}
