package dk.samspil.alerts.internal.matching;

import java.util.List;

/**
 * Matching without the index's postings: every record of the index decided by {@link MatchRules}, with the engine's
 * per-target bit sets. The strict comparison of {@code bench/alert-matching} (everything the engine has but the
 * postings) and a check in {@code EngineMatchesFullScanTest}; {@link PlainFullScan} is the independent one.
 */
final class FullScanMatcher implements SubscriptionMatcher {

    private final SubscriptionIndex index;

    FullScanMatcher(SubscriptionIndex index) {
        this.index = index;
    }

    @Override
    public SubscriptionMatches match(MatchTarget target, String notifyOn) {
        index.lock.readLock().lock();
        try {
            TargetFacts facts = index.facts(target, notifyOn);
            SubscriptionMatches matches = new SubscriptionMatches(64);
            int[] records = index.records;
            for (int slot = 0; slot < index.slotCount; slot++) {
                int base = slot * SubscriptionIndex.RECORD;
                List<MatchReason> reasons = MatchRules.reasons(index, records, base, facts);
                if (reasons != null) {
                    MatchRules.add(matches, records, base, index, reasons);
                }
            }
            return matches;
        } finally {
            index.lock.readLock().unlock();
        }
    }
}
