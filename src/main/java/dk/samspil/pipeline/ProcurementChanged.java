package dk.samspil.pipeline;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A published planned procurement changed.
 * <p>
 * Events stored in the event publication registry before {@code kinds} existed have none: they are derived from
 * the changed fields when such an event is read, so a resubmitted old event is handled like a new one.
 *
 * @param kinds    what kind of change it was, e.g. {@link Kind#TENDER_PUBLISHED} or {@link Kind#DATE_MOVED}
 * @param material whether a subscriber should be told: status, expected date, value band, CPV codes or lots changed
 */
public record ProcurementChanged(
        ProcurementSnapshot procurement,
        List<FieldChange> changes,
        Set<Kind> kinds,
        boolean material,
        @Nullable String reason) {

    /** The kinds of change an entry goes through. */
    public enum Kind {
        /** The status became {@link ProcurementStatus#TENDER_PUBLISHED}. */
        TENDER_PUBLISHED,
        /** Any other change of status. */
        STATUS_CHANGED,
        /** The expected tender moved. */
        DATE_MOVED,
        VALUE_CHANGED,
        CPV_CHANGED,
        LOTS_CHANGED,
        /** Any other field: title, description, contact, flags, ... */
        DETAILS_CHANGED;

        /** The kinds of the changed fields. */
        public static Set<Kind> of(List<FieldChange> changes) {
            EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
            for (FieldChange change : changes) {
                kinds.add(
                        switch (change.field()) {
                            case "status" ->
                                ProcurementStatus.TENDER_PUBLISHED.name().equals(change.to())
                                        ? TENDER_PUBLISHED
                                        : STATUS_CHANGED;
                            case "expectedPublication" -> DATE_MOVED;
                            case "value" -> VALUE_CHANGED;
                            case "cpvCodes" -> CPV_CHANGED;
                            case "lots" -> LOTS_CHANGED;
                            default -> DETAILS_CHANGED;
                        });
            }
            return Collections.unmodifiableSet(kinds);
        }
    }

    public ProcurementChanged {
        changes = List.copyOf(changes);
        // null only when read from an event stored before kinds existed; an EnumSet keeps the JSON in one order
        kinds = kinds == null
                ? Kind.of(changes)
                : Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds));
    }

    public ProcurementChanged(
            ProcurementSnapshot procurement, List<FieldChange> changes, boolean material, @Nullable String reason) {
        this(procurement, changes, Kind.of(changes), material, reason);
    }

    public boolean is(Kind kind) {
        return kinds.contains(kind);
    }
}
