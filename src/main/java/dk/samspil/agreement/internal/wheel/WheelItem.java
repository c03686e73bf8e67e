package dk.samspil.agreement.internal.wheel;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item of the annual wheel: one date ({@code rrule == null}) or a recurring one from {@code startsOn} by its rule.
 *
 * @param startsOn     the first date (DTSTART); for a recurring item a date its rule gives
 * @param rrule        the rule as the wheel writes it (see {@link RecurrenceRule#text()}), or {@code null}
 * @param ownerId      the staff user who owns it, or {@code null}
 * @param reminderDays how many days before each date the owner is reminded, or {@code null} for no reminder
 */
record WheelItem(
        long id,
        String title,
        @Nullable String description,
        Category category,
        LocalDate startsOn,
        @Nullable String rrule,
        @Nullable Long ownerId,
        @Nullable Integer reminderDays) {

    /** What an item is about; each has its lane and its mark's shape on the wheel. */
    enum Category {
        STATUS_MEETING,
        RENEWAL,
        BUDGET,
        OTHER
    }

    boolean recurring() {
        return rrule != null;
    }

    /** The item's dates between {@code from} and {@code to}, both included. */
    List<LocalDate> occurrences(LocalDate from, LocalDate to) {
        if (rrule == null) {
            return startsOn.isBefore(from) || startsOn.isAfter(to) ? List.of() : List.of(startsOn);
        }
        return RecurrenceRule.parse(rrule).occurrences(startsOn, from, to);
    }

    /** One date of an item, as the wheel and its table show it. */
    record Occurrence(
            WheelItem item, LocalDate date, @Nullable String ownerName) {}
}
