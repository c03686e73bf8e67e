package dk.samspil.engagement.internal.interest;

import java.util.List;

/** One broken rule: the field (as the API names it), the message key and its arguments. */
record InterestViolation(String field, String messageKey, List<Object> arguments) {

    static InterestViolation of(String field, String messageKey, Object... arguments) {
        return new InterestViolation(field, messageKey, List.of(arguments));
    }
}
