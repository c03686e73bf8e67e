package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.internal.matching.MatchReason;
import java.util.List;

/** The {@code content} of an {@code alert_delivery} row: all a mail needs, so a digest can be written days later. */
record AlertContent(EntryState entry, Happening happening, List<MatchReason> reasons) {

    AlertContent {
        reasons = List.copyOf(reasons);
    }
}
