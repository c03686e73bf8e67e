package dk.samspil.alerts;

import dk.samspil.alerts.internal.matching.MatchTarget;
import dk.samspil.alerts.internal.matching.SubscriptionMatcher;
import dk.samspil.alerts.internal.matching.SubscriptionMatches;
import dk.samspil.pipeline.EntryCounts;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementService;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * How many subscribers an entry's news reaches: the distinct subscribers whose active alerts about new entries match
 * it by their criteria, or who follow it. Shown as a column wherever the pipeline lists entries for staff
 * ({@link EntryCounts}), e.g. on the consultants' start page next to this week's new purchases.
 */
@Service
@Order(10)
public class MatchingSubscribers implements EntryCounts {

    private static final String NEW_ENTRY = "NEW_ENTRY";

    private final SubscriptionMatcher matcher;
    private final ProcurementService procurements;

    MatchingSubscribers(SubscriptionMatcher matcher, ProcurementService procurements) {
        this.matcher = matcher;
        this.procurements = procurements;
    }

    @Override
    public String labelKey() {
        return "alerts.matchingSubscribers.column";
    }

    /** The number of matching subscribers of one entry; 0 for an unknown reference. */
    public int count(String reference) {
        return procurements.find(reference).map(this::count).orElse(0);
    }

    @Override
    public Map<String, Integer> forReferences(Collection<String> references) {
        Map<String, Integer> counts = new HashMap<>();
        references.forEach(reference -> counts.put(reference, count(reference)));
        return counts;
    }

    private int count(PlannedProcurement entry) {
        ProcurementDetails d = entry.details();
        MatchTarget target = new MatchTarget(
                java.util.List.of(entry.reference()),
                d.title(),
                d.description(),
                d.lots().stream().map(Lot::title).toList(),
                d.cpvCodes(),
                entry.buyingUnitCode(),
                d.value().min(),
                d.value().max(),
                d.smeSuitable());
        SubscriptionMatches matches = matcher.match(target, NEW_ENTRY);
        return (int) IntStream.range(0, matches.size())
                .mapToLong(matches::subscriberId)
                .distinct()
                .count();
    }
}
