package dk.samspil.alerts.internal.matching;

import dk.samspil.alerts.internal.Frequency;
import dk.samspil.codelists.CpvCode;
import dk.samspil.platform.text.DanishText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@link MatchRules} written out plainly, subscription by subscription, on the subscriptions as given
 * ({@link MatchableSubscription}): the baseline of {@code bench/alert-matching} and an oracle for the engine that
 * shares none of its records, postings, ids, bit sets or short ways. Parsing that any matcher does once per
 * subscription (CPV codes to their significant digits, keywords to their stems, amounts to øre) is done when it is
 * built; what the target's text holds is worked out once per target with the index's Danish text analysis (the words,
 * stems and compound parts in which a keyword term occurs), the only thing shared with the engine.
 */
final class PlainFullScan implements SubscriptionMatcher {

    private static final MatchReason.Field[] FIELDS = MatchReason.Field.values();

    private final SubscriptionIndex index;
    private final List<Plain> subscriptions = new ArrayList<>();

    /**
     * A subscription with what is parsed once: notify-on kinds as bits of {@link MatchRules#NOTIFY_ON}, the
     * significant digits of its valid CPV codes, keywords with their terms (the stems joined by a space, as the index
     * names them), excluded terms and amounts in øre.
     */
    private record Plain(
            long id,
            long subscriberId,
            Frequency frequency,
            String reference,
            boolean smeSuitableOnly,
            int notifyBits,
            String[] codePrefixes,
            String[] keywords,
            String[] keywordTerms,
            String[] excludedTerms,
            String[] units,
            boolean hasMin,
            long minOre,
            boolean hasMax,
            long maxOre,
            boolean hasCriteria) {}

    /** @param index the index holding the same subscriptions; used only to analyse each target's text */
    PlainFullScan(Collection<MatchableSubscription> subscriptions, SubscriptionIndex index) {
        this.index = index;
        Map<String, String> shared = new HashMap<>();
        for (MatchableSubscription subscription : subscriptions) {
            this.subscriptions.add(plain(subscription, shared));
        }
    }

    /** Equal strings (codes, terms, units) share one object, as they would when read from a database once. */
    private static Plain plain(MatchableSubscription subscription, Map<String, String> shared) {
        List<String> codes = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String written : subscription.cpvCodes()) {
            CpvCode.tryParse(written)
                    .map(CpvCode::value)
                    .filter(code -> !codes.contains(code))
                    .ifPresent(code -> {
                        codes.add(code);
                        String significant = code.replaceAll("0+$", "");
                        prefixes.add(significant.length() < 2 ? code.substring(0, 2) : significant);
                    });
        }
        List<String> keywords = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (String keyword : subscription.keywords()) {
            List<String> stems = DanishText.stems(keyword);
            if (!stems.isEmpty()) {
                keywords.add(keyword);
                terms.add(String.join(" ", stems));
            }
        }
        List<String> excluded = new ArrayList<>();
        for (String keyword : subscription.excludedKeywords()) {
            List<String> stems = DanishText.stems(keyword);
            if (!stems.isEmpty()) {
                excluded.add(String.join(" ", stems));
            }
        }
        int notifyBits = 0;
        for (String kind : subscription.notifyOn()) {
            int bit = MatchRules.NOTIFY_ON.indexOf(kind);
            notifyBits |= bit < 0 ? 0 : 1 << bit;
        }
        return new Plain(
                subscription.id(),
                subscription.subscriberId(),
                Frequency.valueOf(subscription.frequency()),
                subscription.reference(),
                subscription.smeSuitableOnly(),
                notifyBits,
                strings(prefixes, shared),
                strings(keywords, shared),
                strings(terms, shared),
                strings(excluded, shared),
                strings(subscription.buyingUnits(), shared),
                subscription.minValueDkk() != null,
                subscription.minValueDkk() == null ? 0 : SubscriptionIndex.ore(subscription.minValueDkk()),
                subscription.maxValueDkk() != null,
                subscription.maxValueDkk() == null ? 0 : SubscriptionIndex.ore(subscription.maxValueDkk()),
                !subscription.cpvCodes().isEmpty() || !subscription.keywords().isEmpty());
    }

    @Override
    public SubscriptionMatches match(MatchTarget target, String notifyOn) {
        Map<String, String[]> termWords = new HashMap<>();
        index.lock.readLock().lock();
        try {
            TargetFacts facts = index.facts(target, notifyOn);
            for (int i = 0; i < facts.hitTerms.size; i++) {
                int term = facts.hitTerms.values[i];
                termWords.put(index.terms.name(term), facts.termWords(term));
            }
        } finally {
            index.lock.readLock().unlock();
        }
        List<String> targetCodes = new ArrayList<>();
        for (String written : target.cpvCodes()) {
            CpvCode.tryParse(written)
                    .map(CpvCode::value)
                    .filter(code -> !targetCodes.contains(code))
                    .ifPresent(targetCodes::add);
        }
        Set<String> references = new LinkedHashSet<>(target.references());
        long targetMin = target.valueMinDkk() == null ? Long.MIN_VALUE : SubscriptionIndex.ore(target.valueMinDkk());
        long targetMax = target.valueMaxDkk() == null ? Long.MAX_VALUE : SubscriptionIndex.ore(target.valueMaxDkk());

        String[] codesOfTarget = targetCodes.toArray(String[]::new);
        int notifyBit = 1 << MatchRules.NOTIFY_ON.indexOf(notifyOn);
        String unit = target.buyingUnitCode();

        SubscriptionMatches matches = new SubscriptionMatches(64);
        for (Plain plain : subscriptions) {
            if ((plain.notifyBits() & notifyBit) == 0) {
                continue;
            }
            Plain sub = plain;
            if (sub.reference() != null) {
                if (references.contains(sub.reference())) {
                    matches.add(
                            sub.id(),
                            sub.subscriberId(),
                            sub.frequency(),
                            List.of(new MatchReason(MatchReason.Kind.FOLLOW, sub.reference(), sub.reference(), null)));
                }
                continue;
            }
            if (sub.smeSuitableOnly() && !target.smeSuitable()) {
                continue;
            }
            if ((plain.hasMin() && targetMax < plain.minOre()) || (plain.hasMax() && targetMin > plain.maxOre())) {
                continue;
            }
            if (plain.units().length > 0 && !contains(plain.units(), unit)) {
                continue;
            }
            if (anyKey(termWords, plain.excludedTerms())) {
                continue;
            }
            if (!plain.hasCriteria()) {
                if (plain.units().length > 0) {
                    matches.add(sub.id(), sub.subscriberId(), sub.frequency(), List.of());
                }
                continue;
            }
            List<MatchReason> reasons = null;
            for (String prefix : plain.codePrefixes()) {
                for (String targetCode : codesOfTarget) {
                    if (targetCode.startsWith(prefix)) {
                        reasons = reasons == null ? new ArrayList<>(2) : reasons;
                        String code = prefix + "00000000".substring(prefix.length());
                        reasons.add(new MatchReason(MatchReason.Kind.CPV, code, targetCode, null));
                    }
                }
            }
            String[] keywords = plain.keywords();
            for (int k = 0; k < keywords.length; k++) {
                String[] words = termWords.get(plain.keywordTerms()[k]);
                if (words != null) {
                    for (int f = 0; f < FIELDS.length; f++) {
                        if (words[f] != null) {
                            reasons = reasons == null ? new ArrayList<>(2) : reasons;
                            reasons.add(new MatchReason(MatchReason.Kind.KEYWORD, keywords[k], words[f], FIELDS[f]));
                        }
                    }
                }
            }
            if (reasons != null) {
                matches.add(sub.id(), sub.subscriberId(), sub.frequency(), List.copyOf(reasons));
            }
        }
        return matches;
    }

    private static final String[] NONE = new String[0];

    private static String[] strings(List<String> values, Map<String, String> shared) {
        return values.isEmpty()
                ? NONE
                : values.stream().map(value -> shared(shared, value)).toArray(String[]::new);
    }

    private static String shared(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyKey(Map<String, ?> map, String[] keys) {
        for (String key : keys) {
            if (map.containsKey(key)) {
                return true;
            }
        }
        return false;
    }
}
