package dk.samspil.engagement.internal.events;

import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.DateLimits;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The rules for events and registrations; each broken rule is one {@link Violation}. */
@Component
class EventRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_SHORT = 200;
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_PARTICIPANTS = 50;
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]{3,}$");

    private final ProcurementService procurements;

    EventRules(ProcurementService procurements) {
        this.procurements = procurements;
    }

    List<Violation> check(EventDetails d, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (d.type() == null) {
            violations.add(new Violation("type", "engagement.events.error.type"));
        }
        requireText(violations, "title", d.title(), MAX_TITLE);
        if (d.description() != null && d.description().length() > MAX_TEXT) {
            violations.add(new Violation("description", "engagement.events.error.tooLong", MAX_TEXT));
        }
        // far-off moments first: year 999999999 is refused here instead of failing in the database
        int before = violations.size();
        within(violations, "startsAt", d.startsAt());
        within(violations, "endsAt", d.endsAt());
        within(violations, "registrationDeadline", d.registrationDeadline());
        if (violations.size() > before) {
            return violations;
        }
        if (d.startsAt() == null) {
            violations.add(new Violation("startsAt", "engagement.events.error.startsAt"));
        } else if (!d.startsAt().isAfter(now)) {
            violations.add(new Violation("startsAt", "engagement.events.error.startsAt.past"));
        }
        if (d.endsAt() == null) {
            violations.add(new Violation("endsAt", "engagement.events.error.endsAt"));
        } else if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            violations.add(new Violation("endsAt", "engagement.events.error.endsAt.order"));
        }
        if (blank(d.place()) && blank(d.onlineUrl())) {
            violations.add(new Violation("place", "engagement.events.error.place"));
        }
        singleLine(violations, "place", d.place());
        singleLine(violations, "theme", d.theme());
        if (d.place() != null && d.place().length() > MAX_SHORT) {
            violations.add(new Violation("place", "engagement.events.error.tooLong", MAX_SHORT));
        }
        if (!blank(d.onlineUrl()) && !WEB_ADDRESS.matcher(d.onlineUrl()).matches()) {
            violations.add(new Violation("onlineUrl", "engagement.events.error.onlineUrl"));
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > MAX_CAPACITY)) {
            violations.add(new Violation("capacity", "engagement.events.error.capacity", MAX_CAPACITY));
        }
        if (d.participantsPerCompany() != null
                && (d.participantsPerCompany() < 1 || d.participantsPerCompany() > MAX_CAPACITY)) {
            violations.add(new Violation(
                    "participantsPerCompany", "engagement.events.error.participantsPerCompany", MAX_CAPACITY));
        }
        if (d.registrationDeadline() != null
                && d.startsAt() != null
                && d.registrationDeadline().isAfter(d.startsAt())) {
            violations.add(new Violation("registrationDeadline", "engagement.events.error.deadline"));
        }
        if (d.theme() != null && d.theme().length() > MAX_SHORT) {
            violations.add(new Violation("theme", "engagement.events.error.tooLong", MAX_SHORT));
        }
        if (d.procurementReferences().isEmpty() && blank(d.theme())) {
            violations.add(new Violation("procurementReferences", "engagement.events.error.link"));
        }
        for (String reference : d.procurementReferences()) {
            boolean isPublic = procurements
                    .find(reference)
                    .filter(p -> p.status().isPublic())
                    .isPresent();
            if (!isPublic) {
                violations.add(new Violation("procurementReferences", "engagement.events.error.reference", reference));
            }
        }
        return violations;
    }

    List<Violation> check(RegistrationRequest r) {
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "name", r.name(), MAX_SHORT);
        requireText(violations, "company", r.company(), MAX_SHORT);
        if (!blank(r.cvr())) {
            Cvr.problem(r.cvr())
                    .ifPresent(message -> violations.add(new Violation(
                            "cvr", Cvr.FORMAT_MESSAGE.equals(message) ? "engagement.events.error.cvr" : message)));
        }
        if (blank(r.email()) || !EmailAddresses.isValid(r.email())) {
            violations.add(new Violation("email", "engagement.events.error.email"));
        }
        if (r.participants() == null || r.participants() < 1 || r.participants() > MAX_PARTICIPANTS) {
            violations.add(new Violation("participants", "engagement.events.error.participants", MAX_PARTICIPANTS));
        }
        if (r.language() != null && !r.language().equals("da") && !r.language().equals("en")) {
            violations.add(new Violation("language", "engagement.events.error.language"));
        }
        if (r.needs() != null && r.needs().length() > MAX_TEXT) {
            violations.add(new Violation("needs", "engagement.events.error.tooLong", MAX_TEXT));
        }
        return violations;
    }

    /** Titles and names are single-line: requireText's fields all are. */
    private static void requireText(List<Violation> violations, String field, String value, int max) {
        if (blank(value)) {
            violations.add(new Violation(field, "engagement.events.error." + field));
        } else if (value.length() > max) {
            violations.add(new Violation(field, "engagement.events.error.tooLong", max));
        } else {
            singleLine(violations, field, value);
        }
    }

    private static void within(List<Violation> violations, String field, Instant moment) {
        if (!DateLimits.isWithin(moment)) {
            violations.add(new Violation(field, DateLimits.MESSAGE, DateLimits.arguments()));
        }
    }

    /** The platform's single-line rule (a line break would also break a mail's subject). */
    private static void singleLine(List<Violation> violations, String field, String value) {
        if (!TextInput.isSingleLine(value)) {
            violations.add(new Violation(field, TextInput.SINGLE_LINE_MESSAGE));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
