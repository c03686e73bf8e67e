package dk.samspil.platform;

import java.util.List;

/**
 * One broken rule: which field (as the form and the API name it), and the message key with its arguments that
 * explains it in Danish or English. Every module's rules return these; forms show them through {@link FormErrors},
 * the JSON APIs through {@link ApiProblems#rejected}, and a service refuses with {@link Rejected}.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public Violation(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
