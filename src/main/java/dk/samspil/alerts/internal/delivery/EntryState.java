package dk.samspil.alerts.internal.delivery;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementSnapshot;
import dk.samspil.pipeline.ProcurementStatus;
import org.jspecify.annotations.Nullable;

/**
 * A pipeline entry as an alert shows it: its state when the news happened. Stored as JSON in
 * {@code alert_delivery.content}: the status by its name and the period by its code, as before these were typed.
 *
 * @param reference the entry's reference, or for an event about a theme {@code tema:<theme>} (see {@link #theme})
 */
record EntryState(
        String reference,
        String title,
        @Nullable ProcurementStatus status,
        @Nullable ExpectedPeriod expectedPublication,
        @Nullable String buyingUnit,
        @Nullable String tenderUrl) {

    /** Events about a theme rather than entries are filed under the theme, with this prefix before its name. */
    private static final String THEME = "tema:";

    static EntryState theme(String theme) {
        return new EntryState(THEME + theme, theme, null, null, null, null);
    }

    boolean isTheme() {
        return reference.startsWith(THEME);
    }

    static EntryState of(ProcurementSnapshot snapshot) {
        return new EntryState(
                snapshot.reference(),
                snapshot.title(),
                snapshot.status(),
                snapshot.expectedPublication(),
                snapshot.buyingUnitName(),
                snapshot.tenderUrl());
    }

    static EntryState of(PlannedProcurement p) {
        return new EntryState(
                p.reference(),
                p.details().title(),
                p.status(),
                p.details().expectedPublication(),
                p.buyingUnitName(),
                p.tenderUrl());
    }
}
