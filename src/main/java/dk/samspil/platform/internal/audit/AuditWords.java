package dk.samspil.platform.internal.audit;

import dk.samspil.platform.AuditVocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log in words: entity types by their Danish names ({@code audit.entity.<type>}), fields and values by the
 * owning module's {@link AuditVocabulary} or the message bundle. Anything without a name is shown as stored.
 */
@Component
class AuditWords {

    private final MessageSource messages;
    private final Map<String, AuditVocabulary> vocabularies;

    AuditWords(MessageSource messages, List<AuditVocabulary> vocabularies) {
        this.messages = messages;
        this.vocabularies = vocabularies.stream()
                .collect(Collectors.toUnmodifiableMap(AuditVocabulary::entityType, Function.identity()));
    }

    /** One changed field in words. */
    record ShownChange(String field, String from, String to) {}

    /** An entry as the audit log page shows it. */
    record ShownEntry(AuditQuery.Entry entry, String entityName, List<ShownChange> changes) {}

    ShownEntry show(AuditQuery.Entry entry, Locale locale) {
        String type = entry.entityType();
        List<ShownChange> changes = entry.changes().entrySet().stream()
                .map(change -> new ShownChange(
                        field(type, change.getKey(), locale),
                        value(type, change.getKey(), change.getValue().from(), locale),
                        value(type, change.getKey(), change.getValue().to(), locale)))
                .toList();
        return new ShownEntry(entry, entity(type, locale), changes);
    }

    String entity(String entityType, Locale locale) {
        return messages.getMessage("audit.entity." + entityType, null, entityType, locale);
    }

    String field(String entityType, String field, Locale locale) {
        AuditVocabulary vocabulary = vocabularies.get(entityType);
        if (vocabulary != null) {
            return vocabulary.field(field, locale);
        }
        return messages.getMessage("audit.attr." + entityType + "." + field, null, field, locale);
    }

    /** The value as the owning module shows it; "(tom)" when there was none. */
    String value(String entityType, String field, String value, Locale locale) {
        if (value == null) {
            return messages.getMessage("audit.value.none", null, locale);
        }
        AuditVocabulary vocabulary = vocabularies.get(entityType);
        return vocabulary == null ? value : vocabulary.value(field, value, locale);
    }
}
