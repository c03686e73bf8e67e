package dk.samspil.engagement.internal.events;

import dk.samspil.platform.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The staff form for an event. Times are {@code datetime-local} values in Copenhagen time; entry references are
 * separated by commas or line breaks.
 */
record EventForm(
        String type,
        String title,
        String description,
        String startsAt,
        String endsAt,
        String place,
        String onlineUrl,
        String capacity,
        String participantsPerCompany,
        String registrationDeadline,
        String procurementReferences,
        String theme) {

    static EventForm empty() {
        return new EventForm("", "", "", "", "", "", "", "", "", "", "", "");
    }

    static EventForm of(Event event) {
        EventDetails d = event.details();
        return new EventForm(
                d.type().name(),
                d.title(),
                d.description(),
                EventFormats.local(d.startsAt()),
                EventFormats.local(d.endsAt()),
                nullToEmpty(d.place()),
                nullToEmpty(d.onlineUrl()),
                d.capacity() == null ? "" : d.capacity().toString(),
                d.participantsPerCompany() == null
                        ? ""
                        : d.participantsPerCompany().toString(),
                EventFormats.local(d.registrationDeadline()),
                String.join("\n", d.procurementReferences()),
                nullToEmpty(d.theme()));
    }

    EventDetails details() {
        return new EventDetails(
                EventFormats.type(type),
                title,
                description,
                EventFormats.local(startsAt),
                EventFormats.local(endsAt),
                place,
                onlineUrl,
                RegistrationForm.number(capacity),
                RegistrationForm.number(participantsPerCompany),
                EventFormats.local(registrationDeadline),
                references(),
                theme);
    }

    /** Input that cannot be read at all; reported instead of the rules' "missing" messages for the same field. */
    List<Violation> unreadable() {
        List<Violation> violations = new ArrayList<>();
        if (!EventRules.blank(capacity) && RegistrationForm.number(capacity) == null) {
            violations.add(new Violation("capacity", "engagement.events.error.capacity", EventRules.MAX_CAPACITY));
        }
        if (!EventRules.blank(participantsPerCompany) && RegistrationForm.number(participantsPerCompany) == null) {
            violations.add(new Violation(
                    "participantsPerCompany",
                    "engagement.events.error.participantsPerCompany",
                    EventRules.MAX_CAPACITY));
        }
        for (String field : List.of("startsAt", "endsAt", "registrationDeadline")) {
            String value = switch (field) {
                case "startsAt" -> startsAt;
                case "endsAt" -> endsAt;
                default -> registrationDeadline;
            };
            if (!EventRules.blank(value) && EventFormats.local(value) == null) {
                violations.add(new Violation(field, "engagement.events.error.dateTime"));
            }
        }
        return violations;
    }

    private List<String> references() {
        return procurementReferences == null
                ? List.of()
                : Arrays.stream(procurementReferences.split("[,\\n\\r]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
