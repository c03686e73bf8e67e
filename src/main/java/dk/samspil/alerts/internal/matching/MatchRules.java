package dk.samspil.alerts.internal.matching;

import java.util.List;

/**
 * When a subscription matches a target, and why: the one place the rules live, used by the index (for its
 * candidates) and by the full scan (for every subscription), so both give the same answer.
 * <ul>
 * <li>The subscription's {@code notify_on} must hold the kind of news.</li>
 * <li>A follow subscription matches when the target has its reference.</li>
 * <li>A criteria subscription with CPV codes and/or keywords needs at least one of them to hit: a code covers one of
 * the target's codes (same code or one below it), or a keyword occurs in the title, description or a lot title.</li>
 * <li>Buying units, when given, must hold the target's unit; a subscription with nothing but buying units matches
 * every target of those units.</li>
 * <li>The value range, when given, must overlap the target's estimated range. A target without a value passes (the
 * value is often unknown early, and a missed alert costs more than an extra one); a target with only one end known
 * is compared on that end.</li>
 * <li>{@code sme_suitable_only} requires a target marked suitable for SMEs.</li>
 * <li>No excluded keyword may occur anywhere in the target's text.</li>
 * </ul>
 * Reasons: every pair of subscription CPV code and target code it covers, then every keyword hit (once per field,
 * with the first word as written there), or the follow reason.
 */
final class MatchRules {

    static final List<String> NOTIFY_ON = List.of("NEW_ENTRY", "MATERIAL_CHANGE", "EVENT_ANNOUNCED",
            "TENDER_PUBLISHED", "REMINDER");

    private MatchRules() {
    }

    static int notifyBits(List<String> names) {
        int bits = 0;
        for (String name : names) {
            int bit = NOTIFY_ON.indexOf(name);
            if (bit >= 0) {
                bits |= 1 << bit;
            }
        }
        return bits;
    }

    /** The reasons the subscription in this slot matches, or {@code null} when it does not. */
    static List<MatchReason> reasons(SubscriptionIndex index, int slot, TargetFacts target) {
        int flags = index.flags[slot];
        if ((flags & target.notifyBit) == 0) {
            return null;
        }
        if ((flags & SubscriptionIndex.FOLLOW) != 0) {
            return target.followReasons(index.followRefs[slot]);
        }
        if ((flags & SubscriptionIndex.SME_ONLY) != 0 && !target.sme) {
            return null;
        }
        if ((flags & SubscriptionIndex.HAS_MIN) != 0 && target.max < index.minValues[slot]) {
            return null;
        }
        if ((flags & SubscriptionIndex.HAS_MAX) != 0 && target.min > index.maxValues[slot]) {
            return null;
        }
        int[] units = index.unitIds[slot];
        if (units != null && !contains(units, target.unitId)) {
            return null;
        }
        int[] excluded = index.excluded[slot];
        if (excluded != null) {
            for (int term : excluded) {
                if (target.termHit(term)) {
                    return null;
                }
            }
        }
        if ((flags & SubscriptionIndex.HAS_CRITERIA) == 0) {
            return units != null ? List.of() : null;
        }
        return criteriaReasons(index, slot, target);
    }

    static SubscriptionMatch match(SubscriptionIndex index, int slot, List<MatchReason> reasons) {
        return new SubscriptionMatch(index.ids[slot], index.subscriberIds[slot],
                index.frequencies.name(index.flags[slot] >>> SubscriptionIndex.FREQUENCY_SHIFT), reasons);
    }

    private static List<MatchReason> criteriaReasons(SubscriptionIndex index, int slot, TargetFacts target) {
        int[] codes = index.cpv[slot];
        int[] terms = index.termIds[slot];
        String[] keywords = index.keywords[slot];
        int count = 0;
        int sources = 0;
        List<MatchReason> only = null;
        if (codes != null) {
            for (int code : codes) {
                if (target.codeHit(code)) {
                    count += target.codeReasons(code).length;
                    sources++;
                    only = target.codeReasonList(code);
                }
            }
        }
        if (terms != null) {
            for (int i = 0; i < terms.length; i++) {
                if (target.termHit(terms[i])) {
                    count += target.termReasons(terms[i], keywords[i]).length;
                    sources++;
                    only = target.termReasonList(terms[i], keywords[i]);
                }
            }
        }
        if (sources <= 1) {
            return only;
        }
        MatchReason[] all = new MatchReason[count];
        int at = 0;
        if (codes != null) {
            for (int code : codes) {
                if (target.codeHit(code)) {
                    MatchReason[] reasons = target.codeReasons(code);
                    System.arraycopy(reasons, 0, all, at, reasons.length);
                    at += reasons.length;
                }
            }
        }
        if (terms != null) {
            for (int i = 0; i < terms.length; i++) {
                if (target.termHit(terms[i])) {
                    MatchReason[] reasons = target.termReasons(terms[i], keywords[i]);
                    System.arraycopy(reasons, 0, all, at, reasons.length);
                    at += reasons.length;
                }
            }
        }
        return List.of(all);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
