package dk.samspil.platform.internal.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * The audit log's search form. Dates stay text so that a mistyped date is shown back with a message instead of
 * failing the request; browsers send {@code 2026-11-27}, people typing by hand often {@code 27.11.2026}.
 */
record AuditSearchForm(String entityType, String entityId, String actor, String from, String to) {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** Only call once {@link AuditSearchValidator} accepted the form. */
    AuditQuery.Criteria criteria() {
        return new AuditQuery.Criteria(entityType, entityId, actor, date(from), date(to));
    }

    /** {@code null} for a blank value; throws {@link DateTimeParseException} for text that is no date. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        DateTimeParseException failure = null;
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                failure = e;
            }
        }
        throw failure;
    }
}
