package dk.samspil.pipeline.internal.importing;

import java.util.List;

/** The uploaded file cannot be read as a plan at all (type, encoding, size, header); nothing was stored. */
class PlanFileRejected extends RuntimeException {

    private final transient List<ImportError> errors;

    PlanFileRejected(List<ImportError> errors) {
        super("Plan file rejected: "
                + errors.stream().map(ImportError::messageKey).toList());
        this.errors = List.copyOf(errors);
    }

    PlanFileRejected(String messageKey, Object... arguments) {
        this(List.of(ImportError.ofFile(messageKey, arguments)));
    }

    List<ImportError> errors() {
        return errors;
    }
}
