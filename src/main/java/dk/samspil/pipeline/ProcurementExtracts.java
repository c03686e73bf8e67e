package dk.samspil.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Whole lists of entries with their lots, for the plan export and the public CSV/XLSX files, and the entries whose
 * tender is expected on a given day (for reminders). Implemented inside the module.
 */
public interface ProcurementExtracts {

    /** Every entry, drafts included, by reference. */
    List<PlannedProcurement> all();

    /** Public entries (everything but drafts), by expected tender publication and reference. */
    List<PlannedProcurement> published();

    /**
     * Current public entries (neither drafts nor cancelled or awarded) as snapshots, by reference: what an alert's
     * match preview counts. Their change id is 0.
     */
    List<ProcurementSnapshot> current();

    /**
     * Entries still expected (published or in market dialogue) whose expected tender publication starts on
     * {@code date}, as snapshots of their latest change.
     */
    List<ProcurementSnapshot> expectedFrom(LocalDate date);
}
