package dk.samspil.pipeline.internal.staff;

import java.util.List;
import java.util.function.Function;

import org.springframework.validation.BindingResult;

import dk.samspil.pipeline.Violation;

/** Puts the service's violations on the form fields they concern, with their message keys and arguments. */
final class ViolationErrors {

    private ViolationErrors() {
    }

    /**
     * @param fieldOf the form field a violation belongs to, or {@code null} for an error of the whole form
     */
    static void reject(BindingResult result, List<Violation> violations, Function<Violation, String> fieldOf) {
        for (Violation violation : violations) {
            String field = fieldOf.apply(violation);
            Object[] arguments = violation.arguments().toArray();
            if (field == null) {
                result.reject(violation.messageKey(), arguments, null);
            } else {
                result.rejectValue(field, violation.messageKey(), arguments, null);
            }
        }
    }

    /** For forms whose fields carry the service's own field names. */
    static void reject(BindingResult result, List<Violation> violations, List<String> formFields) {
        reject(result, violations, v -> formFields.contains(v.field()) ? v.field() : null);
    }
}
