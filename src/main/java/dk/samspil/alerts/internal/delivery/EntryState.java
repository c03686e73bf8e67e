package dk.samspil.alerts.internal.delivery;

import dk.samspil.pipeline.ProcurementSnapshot;

/** A pipeline entry as an alert shows it: its state when the news happened. */
record EntryState(String reference, String title, String status, String expectedPublication, String buyingUnit,
                  String tenderUrl) {

    static EntryState of(ProcurementSnapshot snapshot) {
        return new EntryState(snapshot.reference(), snapshot.title(), snapshot.status().name(),
                snapshot.expectedPublication(), snapshot.buyingUnitName(), snapshot.tenderUrl());
    }
}
