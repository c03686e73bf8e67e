package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.internal.matching.MatchTarget;
import dk.samspil.pipeline.ProcurementSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something subscribers may need to hear about, ready for matching.
 *
 * @param changeKey     what happened, unique per entry and kind
 * @param entries       the entries the news is about, by reference, in the order of the event
 * @param followersOnly only followers of the entries get it (published event material)
 */
record News(
        AlertKind kind,
        ChangeKey changeKey,
        MatchTarget target,
        Map<String, EntryState> entries,
        Happening happening,
        boolean followersOnly) {

    News {
        entries = new LinkedHashMap<>(entries);
    }

    /** News about one entry, matched by its content. */
    static News ofEntry(AlertKind kind, ChangeKey changeKey, ProcurementSnapshot entry, Happening happening) {
        return new News(
                kind,
                changeKey,
                MatchTarget.of(entry),
                Map.of(entry.reference(), EntryState.of(entry)),
                happening,
                false);
    }

    List<String> references() {
        return List.copyOf(entries.keySet());
    }
}
