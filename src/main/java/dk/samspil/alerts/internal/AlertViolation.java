package dk.samspil.alerts.internal;

import java.util.List;

/** One broken rule of a subscription: the field (as the API names it), the message key and its arguments. */
record AlertViolation(String field, String messageKey, List<Object> arguments) {

    static AlertViolation of(String field, String messageKey, Object... arguments) {
        return new AlertViolation(field, messageKey, List.of(arguments));
    }
}
