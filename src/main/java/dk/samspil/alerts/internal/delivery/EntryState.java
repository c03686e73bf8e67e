package dk.samspil.alerts.internal.delivery;

import dk.samspil.pipeline.ProcurementSnapshot;

/** A pipeline entry as an alert shows it: its state when the news happened. */
record EntryState(String reference, String title, String status, String expectedPublication, String buyingUnit,
                  String tenderUrl) {

    /** Events about a theme rather than entries are filed under the theme, with this prefix before its name. */
    static final String THEME = "tema:";

    static EntryState theme(String theme) {
        return new EntryState(THEME + theme, theme, null, null, null, null);
    }

    boolean isTheme() {
        return reference.startsWith(THEME);
    }

    static EntryState of(ProcurementSnapshot snapshot) {
        return new EntryState(snapshot.reference(), snapshot.title(), snapshot.status().name(),
                snapshot.expectedPublication(), snapshot.buyingUnitName(), snapshot.tenderUrl());
    }
}
