package dk.samspil.platform.internal.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Dates must be real dates, and the period must not end before it starts. */
@Component
class AuditSearchValidator implements Validator {

    static final int MAX_TEXT_LENGTH = 200;

    @Override
    public boolean supports(Class<?> type) {
        return AuditSearchForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        AuditSearchForm form = (AuditSearchForm) target;
        rejectIfTooLong("entityType", form.entityType(), errors);
        rejectIfTooLong("entityId", form.entityId(), errors);
        rejectIfTooLong("actor", form.actor(), errors);
        LocalDate from = date("from", form.from(), errors);
        LocalDate to = date("to", form.to(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "audit.search.to.beforeFrom");
        }
    }

    private static void rejectIfTooLong(String field, String value, Errors errors) {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            errors.rejectValue(field, "audit.search.tooLong", new Object[] {MAX_TEXT_LENGTH}, null);
        }
    }

    private static LocalDate date(String field, String value, Errors errors) {
        try {
            return AuditSearchForm.date(value);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.search.date.invalid");
            return null;
        }
    }
}
