package dk.samspil.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices of radio buttons, checkbox groups and selects ({@code fragments/forms}): value → label, in the given
 * order, each label the message {@code prefix + value} (an enum's value is its name).
 */
@Component
public class ChoiceLabels {

    private final MessageSource messages;

    ChoiceLabels(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(Collection<?> values, String messagePrefix, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Object value : values) {
            String key = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
            choices.put(key, messages.getMessage(messagePrefix + key, null, locale));
        }
        return choices;
    }
}
