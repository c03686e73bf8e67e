package dk.samspil.engagement.internal.events;

import java.util.List;

/** One broken rule: the field (as named in forms and the API), the message key and its arguments. */
record Violation(String field, String messageKey, List<Object> arguments) {

    Violation(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
