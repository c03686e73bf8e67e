package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks an expression of interest against one entry; the same rules for the form and the API. */
@Component
class InterestRules {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 30;
    static final int MAX_NOTE = 1000;
    static final int MAX_PARTNER_TEXT = 500;

    /** @return the request with trimmed texts; @throws Rejected with every broken rule */
    InterestRequest check(InterestRequest request, PlannedProcurement entry) {
        List<Violation> violations = new ArrayList<>();
        String company = required(request.companyName(), "companyName", MAX_NAME, violations);
        String cvr = Cvr.normalize(request.companyCvr());
        if (cvr == null) {
            violations.add(new Violation("companyCvr", "engagement.interest.error.cvr.required"));
        } else {
            Cvr.problem(cvr).ifPresent(message -> violations.add(new Violation("companyCvr", message)));
        }
        String contact = required(request.contactName(), "contactName", MAX_NAME, violations);
        String email = email(request.email(), violations);
        String phone = text(request.phone());
        if (phone != null && (phone.length() > MAX_PHONE || !phone.matches("\\+?[0-9 ()-]{8,}"))) {
            violations.add(new Violation("phone", "engagement.interest.error.phone"));
        }
        Set<Integer> known = entry.details().lots().stream().map(Lot::number).collect(Collectors.toSet());
        List<Integer> unknown =
                request.lots().stream().filter(lot -> !known.contains(lot)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation(
                    "lots",
                    "engagement.interest.error.lot",
                    unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        String note = optional(request.note(), "note", MAX_NOTE, violations);
        String capabilities = null;
        String seeking = null;
        if (request.partnerFinding()) {
            capabilities = required(request.capabilities(), "capabilities", MAX_PARTNER_TEXT, violations);
            seeking = optional(request.seeking(), "seeking", MAX_PARTNER_TEXT, violations);
        }
        String language =
                text(request.language()) == null ? "da" : request.language().strip();
        if (!language.equals("da") && !language.equals("en")) {
            violations.add(new Violation("language", "engagement.interest.error.language"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return new InterestRequest(
                company,
                cvr,
                contact,
                email,
                phone,
                request.lots(),
                note,
                request.partnerFinding(),
                capabilities,
                seeking,
                language);
    }

    private static String required(String value, String field, int max, List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            violations.add(new Violation(field, "engagement.interest.error." + field + ".required"));
        } else if (text.length() > max) {
            violations.add(new Violation(field, "engagement.interest.error.tooLong", max));
        } else if (!TextInput.isSingleLine(text) && !field.equals("capabilities")) {
            violations.add(new Violation(field, TextInput.SINGLE_LINE_MESSAGE));
        }
        return text;
    }

    private static String optional(String value, String field, int max, List<Violation> violations) {
        String text = text(value);
        if (text != null && text.length() > max) {
            violations.add(new Violation(field, "engagement.interest.error.tooLong", max));
        }
        return text;
    }

    private static String email(String value, List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            violations.add(new Violation("email", "engagement.interest.error.email.required"));
            return null;
        }
        if (!EmailAddresses.isValid(text)) {
            violations.add(new Violation("email", "engagement.interest.error.email.invalid"));
        }
        return text;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
