package dk.samspil.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one way to put a service's {@link Violation}s on a form: on the field they concern, with their message key and
 * arguments, or in the error summary when the form has no such field. A field that already has an error when the
 * violations arrive (one the form could not even read, such as an unreadable amount) keeps that error alone, so it
 * is not explained twice.
 */
public final class FormErrors {

    private FormErrors() {}

    /** For forms whose fields carry the rules' own field names. */
    public static void reject(BindingResult result, List<Violation> violations) {
        reject(result, violations, Violation::field);
    }

    /** For forms showing only some of the fields: violations of the others go to the summary. */
    public static void reject(BindingResult result, List<Violation> violations, Collection<String> formFields) {
        reject(result, violations, v -> formFields.contains(v.field()) ? v.field() : null);
    }

    /**
     * @param fieldOf the form field a violation belongs to, or {@code null} for an error of the whole form
     */
    public static void reject(
            BindingResult result, List<Violation> violations, Function<Violation, @Nullable String> fieldOf) {
        Set<String> explained =
                result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (Violation violation : violations) {
            String field = fieldOf.apply(violation);
            Object[] arguments = violation.arguments().toArray();
            if (field == null) {
                result.reject(violation.messageKey(), arguments, null);
            } else if (!explained.contains(field)) {
                result.rejectValue(field, violation.messageKey(), arguments, null);
            }
        }
    }

    /**
     * One round of a staff form: when the form binds, {@code action} runs and its answer (a redirect) is returned; a
     * {@link Rejected} of the service goes onto the form. Otherwise the form is shown again ({@code form}) with 422.
     */
    public static String submit(
            BindingResult result, HttpServletResponse response, Supplier<String> action, Supplier<String> form) {
        if (!result.hasErrors()) {
            try {
                return action.get();
            } catch (Rejected rejected) {
                reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form.get();
    }

    /** Puts the date limits' message on {@code field} when {@code date} lies outside them (an empty date is left to the form). */
    public static void rejectDateOutsideLimits(BindingResult result, String field, @Nullable LocalDate date) {
        if (!DateLimits.isWithin(date)) {
            reject(result, List.of(DateLimits.violation(field)));
        }
    }
}
