package dk.samspil.platform;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The platform's one rule for text that people send: which characters a text may hold, and what a single-line
 * field (a title, a name, a subject) is. The edge ({@code ControlCharacterFilter} for forms, the JSON reader for the
 * APIs) refuses control characters; the modules' rules refuse a line break in a single-line field with
 * {@link #SINGLE_LINE_MESSAGE}; imports {@link #foldLines(String) fold} it into a space instead; mail headers fold
 * whatever they get, so a stored title can never stop a delivery.
 */
public final class TextInput {

    /** Message key for a line break in a single-line field. */
    public static final String SINGLE_LINE_MESSAGE = "validation.singleLine";
    /** Message key for a control character (NUL and the other C0 except tab and line breaks). */
    public static final String CONTROL_MESSAGE = "validation.controlCharacters";

    private static final Pattern LINE_BREAKS = Pattern.compile(
            "[\\h]*[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+[\\h\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]*");
    private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    private TextInput() {}

    /** Whether the text holds no line break (CR, LF, NEL, line or paragraph separator, vertical tab, form feed). */
    public static boolean isSingleLine(@Nullable String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text on one line: each line break (with the blanks around it) becomes one space, other control characters
     * go, and the ends are stripped. {@code "Tag\r\n  renovering"} gives {@code "Tag renovering"}.
     */
    public static String foldLines(String text) {
        String folded = LINE_BREAKS.matcher(text).replaceAll(" ");
        return CONTROLS.matcher(folded).replaceAll("").replace('\t', ' ').strip();
    }

    /** {@link #foldLines(String)} that keeps {@code null}. */
    public static @Nullable String foldLinesOrNull(@Nullable String text) {
        return text == null ? null : foldLines(text);
    }

    /** The text without the characters {@link #hasControlCharacters} finds; tabs and line breaks stay. */
    public static String removeControlCharacters(String text) {
        return CONTROLS.matcher(text).replaceAll("");
    }

    /**
     * Whether the text holds a character no field accepts: NUL and the other C0 control characters and DEL, except
     * tab, line feed and carriage return (which multi-line fields accept and single-line fields refuse on their own).
     */
    public static boolean hasControlCharacters(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
