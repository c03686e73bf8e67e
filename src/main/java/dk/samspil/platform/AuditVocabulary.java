package dk.samspil.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a module's audited entity reads in words on the audit log: its fields' names and its stored values as the
 * module's own pages show them. A module contributes one bean per entity type it
 * audits with values worth rendering; other types show their field names from the message bundle
 * ({@code audit.attr.<type>.<field>}) and their values as stored.
 */
public interface AuditVocabulary {

    /** The entity type as given to {@link AuditLog}. */
    String entityType();

    String field(String field, Locale locale);

    String value(String field, @Nullable String value, Locale locale);
}
