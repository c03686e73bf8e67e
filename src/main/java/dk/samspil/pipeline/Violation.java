package dk.samspil.pipeline;

import java.util.List;

/**
 * One broken rule: which field, and the message key (with arguments) that explains it in Danish or English.
 * Forms, the import preview and the API's problem details all show the same violations.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
