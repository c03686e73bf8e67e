package dk.samspil.pipeline;

import java.util.List;

/** The change was refused; nothing was stored. */
public class ProcurementRejected extends RuntimeException {

    private final transient List<Violation> violations;

    public ProcurementRejected(List<Violation> violations) {
        super("Rejected: " + violations.stream().map(v -> v.field() + "=" + v.messageKey()).toList());
        this.violations = List.copyOf(violations);
    }

    public ProcurementRejected(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
