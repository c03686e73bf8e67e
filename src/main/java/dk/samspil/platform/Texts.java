package dk.samspil.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The message bundles in one reader's language, for templates compiled to Java ({@link CompiledTemplates}). */
public record Texts(MessageSource messages, Locale locale) {

    /** The text of {@code key}, formatted with {@code arguments} as Thymeleaf's {@code #{…}} would. */
    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
