package dk.samspil.engagement.internal.files;

import java.util.List;

/** An upload that breaks the file rules; the message key explains it in the user's language. */
public class FileRejected extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    FileRejected(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The value the message shows (the limit in MB, or the extension), or {@code null}. */
    public Object argument() {
        return arguments.isEmpty() ? null : arguments.get(0);
    }

    /** Too large, as opposed to the wrong type: answered 413 rather than 400. */
    public boolean tooLarge() {
        return messageKey.equals(FileRules.TOO_LARGE);
    }
}
