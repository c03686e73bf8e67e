package dk.samspil.alerts.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.codelists.CpvCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index must find exactly what the full scans find, with the same reasons, also after changes: the scan of its
 * own records by {@link MatchRules} and the plain one ({@link PlainFullScan}), which shares none of its code.
 */
class EngineMatchesFullScanTest {

    private static final CpvCatalogue CPV = new CpvCatalogue();

    @Test
    void sameMatchesAndReasonsOnRandomData() {
        GeneratedSubscriptions generator = new GeneratedSubscriptions(CPV, 42);
        SubscriptionIndex index = new SubscriptionIndex(CPV.danishText());
        List<MatchableSubscription> all = new ArrayList<>();
        Map<Long, MatchableSubscription> current = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            MatchableSubscription subscription = generator.subscription();
            all.add(subscription);
            current.put(subscription.id(), subscription);
            index.put(subscription);
        }
        FullScanMatcher fullScan = new FullScanMatcher(index);
        int matched = compare(index, fullScan, new PlainFullScan(current.values(), index), generator, 300);
        assertThat(matched).as("the data matches something").isGreaterThan(1000);

        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            MatchableSubscription victim = all.get(random.nextInt(all.size()));
            if (random.nextBoolean()) {
                index.remove(victim.id());
                current.remove(victim.id());
            } else {
                MatchableSubscription other = generator.subscription();
                MatchableSubscription changed = new MatchableSubscription(
                        victim.id(),
                        victim.subscriberId(),
                        other.reference(),
                        other.cpvCodes(),
                        other.keywords(),
                        other.excludedKeywords(),
                        other.buyingUnits(),
                        other.minValueDkk(),
                        other.maxValueDkk(),
                        other.smeSuitableOnly(),
                        other.notifyOn(),
                        other.frequency());
                index.put(changed);
                current.put(changed.id(), changed);
            }
        }
        for (int i = 0; i < 2_000; i++) {
            MatchableSubscription added = generator.subscription();
            index.put(added);
            current.put(added.id(), added);
        }
        compare(index, fullScan, new PlainFullScan(current.values(), index), generator, 300);
    }

    /** The short ways of {@link MatchRules#reasons} (inline criteria, no unusual flags) must not change an answer. */
    @Test
    void fastRulesAgreeWithTheGeneralRulesOnEveryRecord() {
        GeneratedSubscriptions generator = new GeneratedSubscriptions(CPV, 99);
        SubscriptionIndex index = new SubscriptionIndex(CPV.danishText());
        for (int i = 0; i < 5_000; i++) {
            index.put(generator.subscription());
        }
        int inlineHits = 0;
        for (int t = 0; t < 200; t++) {
            MatchTarget target = generator.entry();
            index.lock.readLock().lock();
            try {
                TargetFacts facts = index.facts(target, "NEW_ENTRY");
                for (int slot = 0; slot < index.slotCount; slot++) {
                    int base = slot * SubscriptionIndex.RECORD;
                    int flags = index.records[base];
                    assertThat(MatchRules.reasons(index, index.records, base, facts))
                            .isEqualTo(MatchRules.generalReasons(
                                    index,
                                    index.records,
                                    base,
                                    flags,
                                    facts,
                                    index.firstUnit[slot],
                                    index.firstExcluded[slot]));
                    boolean inline = (flags & SubscriptionIndex.HAS_CRITERIA) != 0
                            && (flags & SubscriptionIndex.FOLLOW) == 0
                            && (flags & (SubscriptionIndex.MANY_CODES | SubscriptionIndex.MANY_KEYWORDS)) == 0;
                    if (inline) {
                        List<MatchReason> fast =
                                MatchRules.inlineCriteriaReasons(index, index.records, base, flags, facts);
                        assertThat(fast)
                                .isEqualTo(
                                        MatchRules.allCriteriaReasons(index, index.records, slot, base, flags, facts));
                        inlineHits += fast == null ? 0 : 1;
                    }
                }
            } finally {
                index.lock.readLock().unlock();
            }
        }
        assertThat(inlineHits).as("the data hits inline criteria").isGreaterThan(1000);
    }

    @Test
    void filtersAndUnitOnlySubscriptions() {
        Indexed index = new Indexed();
        index.put(sub(1, List.of("45000000"), List.of(), List.of(), null, null, false));
        index.put(sub(2, List.of("45261000"), List.of(), List.of(), new BigDecimal("1000000"), null, false));
        index.put(sub(3, List.of("45261210"), List.of(), List.of(), null, new BigDecimal("100000"), false));
        index.put(sub(4, List.of("45000000"), List.of(), List.of("VEJ"), null, null, false));
        index.put(sub(5, List.of(), List.of(), List.of("BYG"), null, null, false));
        index.put(sub(6, List.of("45000000"), List.of(), List.of(), null, null, true));
        index.put(sub(7, List.of("72000000"), List.of("tag"), List.of(), null, null, false));
        index.put(sub(8, List.of("45262000"), List.of(), List.of(), null, null, false));

        MatchTarget roof = new MatchTarget(
                List.of(),
                "Tagrenovering",
                "",
                List.of(),
                List.of("45261210"),
                "BYG",
                new BigDecimal("500000"),
                new BigDecimal("2000000"),
                false);
        assertThat(ids(index, roof)).containsExactly(1L, 2L, 5L, 7L);
        MatchTarget cheap = new MatchTarget(
                List.of(),
                "Tagrenovering",
                "",
                List.of(),
                List.of("45261210"),
                "BYG",
                new BigDecimal("20000"),
                new BigDecimal("90000"),
                true);
        assertThat(ids(index, cheap)).containsExactly(1L, 3L, 5L, 6L, 7L);
        MatchTarget noValue =
                new MatchTarget(List.of(), "Vejarbejde", "", List.of(), List.of("45233000"), "VEJ", null, null, false);
        assertThat(ids(index, noValue)).containsExactly(1L, 4L);
        assertThat(index.match(roof, "REMINDER")).isEmpty();
        assertThat(index.match(roof, "NEW_ENTRY"))
                .filteredOn(match -> match.subscriptionId() == 7)
                .singleElement()
                .extracting(SubscriptionMatch::reasons)
                .asList()
                .containsExactly(
                        new MatchReason(MatchReason.Kind.KEYWORD, "tag", "Tagrenovering", MatchReason.Field.TITLE));
        assertThat(index.match(roof, "NEW_ENTRY"))
                .filteredOn(match -> match.subscriptionId() == 1)
                .singleElement()
                .extracting(SubscriptionMatch::reasons)
                .asList()
                .containsExactly(new MatchReason(MatchReason.Kind.CPV, "45000000", "45261210", null));
    }

    @Test
    void subscriptionsWithMoreThanTheRecordHoldsInline() {
        Indexed index = new Indexed();
        index.put(new MatchableSubscription(
                1,
                1,
                null,
                List.of("03000000", "09000000", "15000000", "30000000", "45261000"),
                List.of("skole", "vej", "bro", "tag"),
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "WEEKLY"));
        index.put(new MatchableSubscription(
                2,
                2,
                null,
                List.of("45000000"),
                List.of(),
                List.of(),
                List.of("VEJ", "BYG"),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "WEEKLY"));
        index.put(new MatchableSubscription(
                3,
                3,
                null,
                List.of("45000000"),
                List.of(),
                List.of("skole", "tag"),
                List.of(),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "WEEKLY"));
        index.put(new MatchableSubscription(
                4,
                4,
                null,
                List.of("45000000"),
                List.of(),
                List.of("skole", "vej"),
                List.of("VEJ", "KOM"),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "WEEKLY"));

        MatchTarget roof = new MatchTarget(
                List.of(), "Tagrenovering", "", List.of(), List.of("45261210"), "BYG", null, null, false);
        assertThat(ids(index, roof)).containsExactly(1L, 2L);
        assertThat(index.match(roof, "NEW_ENTRY"))
                .filteredOn(match -> match.subscriptionId() == 1)
                .singleElement()
                .extracting(SubscriptionMatch::reasons)
                .asList()
                .containsExactly(
                        new MatchReason(MatchReason.Kind.CPV, "45261000", "45261210", null),
                        new MatchReason(MatchReason.Kind.KEYWORD, "tag", "Tagrenovering", MatchReason.Field.TITLE));
    }

    /**
     * Compact posting entries hold values in whole DKK: boundaries in øre, amounts with øre, amounts beyond an int and
     * ids beyond an int (which keep whole records) must give the full scan's answers.
     */
    @Test
    void valueBoundariesInOreAndEntriesThatDoNotFitCompact() {
        Indexed index = new Indexed();
        index.put(sub(1, List.of("45000000"), List.of(), List.of(), new BigDecimal("100000"), null, false));
        index.put(sub(2, List.of("45000000"), List.of(), List.of(), null, new BigDecimal("200000"), false));
        index.put(sub(3, List.of("45000000"), List.of(), List.of(), new BigDecimal("100000.50"), null, false));
        index.put(sub(4, List.of("45000000"), List.of(), List.of(), null, new BigDecimal("30000000000"), false));
        index.put(sub(5_000_000_000L, List.of("45000000"), List.of("tag"), List.of(), null, null, false));
        index.put(new MatchableSubscription(
                6,
                9_000_000_000L,
                null,
                List.of("45000000"),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "DAILY"));

        assertThat(ids(index, valued("99999.99", "99999.99"))).containsExactly(2L, 4L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued("100000.00", "100000.00"))).containsExactly(1L, 2L, 4L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued("100000.49", "100000.49"))).containsExactly(1L, 2L, 4L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued("100000.50", "100000.50"))).containsExactly(1L, 2L, 3L, 4L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued("200000.00", "200000.00"))).containsExactly(1L, 2L, 3L, 4L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued("200000.01", "300000"))).containsExactly(1L, 3L, 4L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued("40000000000", null))).containsExactly(1L, 3L, 6L, 5_000_000_000L);
        assertThat(ids(index, valued(null, "25000000000"))).containsExactly(1L, 2L, 3L, 4L, 6L, 5_000_000_000L);
        assertThat(index.match(valued(null, null), "NEW_ENTRY"))
                .filteredOn(match -> match.subscriptionId() == 6)
                .singleElement()
                .extracting(SubscriptionMatch::subscriberId)
                .isEqualTo(9_000_000_000L);
    }

    private static MatchTarget valued(String min, String max) {
        return new MatchTarget(
                List.of(),
                "Tagrenovering",
                "",
                List.of(),
                List.of("45261210"),
                "BYG",
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                false);
    }

    private static MatchableSubscription sub(
            long id,
            List<String> codes,
            List<String> keywords,
            List<String> units,
            BigDecimal min,
            BigDecimal max,
            boolean sme) {
        return new MatchableSubscription(
                id, id, null, codes, keywords, List.of(), units, min, max, sme, List.of("NEW_ENTRY"), "WEEKLY");
    }

    /** An index that remembers what it was given, for the plain scan. */
    private static final class Indexed {

        final SubscriptionIndex index = new SubscriptionIndex(CPV.danishText());
        final List<MatchableSubscription> given = new ArrayList<>();

        void put(MatchableSubscription subscription) {
            index.put(subscription);
            given.add(subscription);
        }

        List<SubscriptionMatch> match(MatchTarget target, String notifyOn) {
            return index.match(target, notifyOn);
        }
    }

    private static List<Long> ids(Indexed indexed, MatchTarget target) {
        List<SubscriptionMatch> engine = sorted(indexed.index.match(target, "NEW_ENTRY"));
        assertThat(engine).isEqualTo(sorted(new FullScanMatcher(indexed.index).match(target, "NEW_ENTRY")));
        assertThat(engine)
                .isEqualTo(sorted(new PlainFullScan(indexed.given, indexed.index).match(target, "NEW_ENTRY")));
        return engine.stream().map(SubscriptionMatch::subscriptionId).toList();
    }

    private static int compare(
            SubscriptionIndex index,
            FullScanMatcher fullScan,
            PlainFullScan plainScan,
            GeneratedSubscriptions generator,
            int entries) {
        int matched = 0;
        for (int i = 0; i < entries; i++) {
            MatchTarget target = generator.entry();
            String notifyOn = MatchRules.NOTIFY_ON.get(i % MatchRules.NOTIFY_ON.size());
            List<SubscriptionMatch> engine = sorted(index.match(target, notifyOn));
            assertThat(engine).as(target.title()).isEqualTo(sorted(fullScan.match(target, notifyOn)));
            assertThat(engine).as(target.title()).isEqualTo(sorted(plainScan.match(target, notifyOn)));
            matched += engine.size();
        }
        return matched;
    }

    private static List<SubscriptionMatch> sorted(List<SubscriptionMatch> matches) {
        List<SubscriptionMatch> copy = new ArrayList<>(matches);
        copy.sort(Comparator.comparingLong(SubscriptionMatch::subscriptionId));
        return copy;
    }
}
