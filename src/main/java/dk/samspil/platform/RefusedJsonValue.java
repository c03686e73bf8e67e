package dk.samspil.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the platform's input rules refuse (a control character, a number out of bounds): the JSON reader
 * throws it, and {@link ApiProblems#unreadableFields} answers with its message key instead of the module's
 * generic "wrong type" text.
 */
public class RefusedJsonValue extends MismatchedInputException {

    private final String messageKey;

    public RefusedJsonValue(JsonParser parser, String messageKey, String reason) {
        super(parser, reason);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
