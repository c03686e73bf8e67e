package dk.samspil.pipeline.internal.staff;

import dk.samspil.organisation.BuyingUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Options for selects and radio buttons: value → label, in display order. */
@Component
class FormChoices {

    private final MessageSource messages;

    FormChoices(MessageSource messages) {
        this.messages = messages;
    }

    /** Each constant labelled by {@code prefix + name()}. */
    Map<String, String> of(Collection<? extends Enum<?>> values, String prefix) {
        Map<String, String> choices = new LinkedHashMap<>();
        values.forEach(v -> choices.put(
                v.name(), messages.getMessage(prefix + v.name(), null, v.name(), LocaleContextHolder.getLocale())));
        return choices;
    }

    static Map<String, String> units(Collection<BuyingUnit> units) {
        Map<String, String> choices = new LinkedHashMap<>();
        units.forEach(u -> choices.put(Long.toString(u.id()), u.name()));
        return choices;
    }
}
