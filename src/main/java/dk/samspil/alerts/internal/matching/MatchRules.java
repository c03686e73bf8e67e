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

    static final List<String> NOTIFY_ON =
            List.of("NEW_ENTRY", "MATERIAL_CHANGE", "EVENT_ANNOUNCED", "TENDER_PUBLISHED", "REMINDER");

    private MatchRules() {}

    /** The notify-on bits of a record's flags. */
    static final int NOTIFY_BITS = (1 << 5) - 1;

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

    /** Flags that send a subscription the general way: most subscriptions have none of them. */
    static final int UNUSUAL = SubscriptionIndex.FOLLOW
            | SubscriptionIndex.SME_ONLY
            | SubscriptionIndex.HAS_UNITS
            | SubscriptionIndex.HAS_EXCLUDED
            | SubscriptionIndex.MANY_CODES
            | SubscriptionIndex.MANY_KEYWORDS;

    /**
     * The reasons the subscription matches, or {@code null} when it does not. Kept small so the JIT inlines it into
     * the matching loops; a subscription with any {@link #UNUSUAL} flag is decided by {@link #generalReasons}.
     *
     * @param record its record: {@link SubscriptionIndex#records} or a posting's copy
     * @param base   where the record starts
     */
    static List<MatchReason> reasons(SubscriptionIndex index, int[] record, int base, TargetFacts target) {
        int flags = record[base];
        if ((flags & target.notifyBit) == 0) {
            return null;
        }
        if ((flags & UNUSUAL) != 0) {
            int slot = record[base + SubscriptionIndex.SLOT];
            return generalReasons(index, record, base, flags, target, index.firstUnit[slot], index.firstExcluded[slot]);
        }
        if (!withinValue(record, base, flags, target)) {
            return null;
        }
        return inlineCriteriaReasons(index, record, base, flags, target);
    }

    /** {@link #reasons} of a whole-record entry of a posting, which holds the first unit and excluded term. */
    static List<MatchReason> postedReasons(SubscriptionIndex index, int[] entries, int base, TargetFacts target) {
        int flags = entries[base];
        if ((flags & UNUSUAL) != 0) {
            return generalReasons(
                    index,
                    entries,
                    base,
                    flags,
                    target,
                    entries[base + Postings.FIRST_UNIT],
                    entries[base + Postings.FIRST_EXCLUDED]);
        }
        return reasons(index, entries, base, target);
    }

    /**
     * Every rule, for every kind of subscription.
     *
     * @param firstUnit     the subscription's first buying unit id ({@link SubscriptionIndex#firstUnit})
     * @param firstExcluded its first excluded term ({@link SubscriptionIndex#firstExcluded})
     */
    static List<MatchReason> generalReasons(
            SubscriptionIndex index,
            int[] record,
            int base,
            int flags,
            TargetFacts target,
            int firstUnit,
            int firstExcluded) {
        int slot = record[base + SubscriptionIndex.SLOT];
        if ((flags & target.notifyBit) == 0) {
            return null;
        }
        if ((flags & SubscriptionIndex.FOLLOW) != 0) {
            return target.followReasons(index.followRefs[slot]);
        }
        if ((flags & SubscriptionIndex.SME_ONLY) != 0 && !target.sme) {
            return null;
        }
        if (!withinValue(record, base, flags, target)) {
            return null;
        }
        if ((flags & SubscriptionIndex.HAS_UNITS) != 0
                && ((flags & SubscriptionIndex.MANY_UNITS) == 0
                        ? firstUnit != target.unitId
                        : !contains(index.unitIds[slot], target.unitId))) {
            return null;
        }
        if ((flags & SubscriptionIndex.HAS_EXCLUDED) != 0) {
            if ((flags & SubscriptionIndex.MANY_EXCLUDED) == 0) {
                if (target.termHit(firstExcluded)) {
                    return null;
                }
            } else {
                for (int term : index.excluded[slot]) {
                    if (target.termHit(term)) {
                        return null;
                    }
                }
            }
        }
        if ((flags & SubscriptionIndex.HAS_CRITERIA) == 0) {
            return (flags & SubscriptionIndex.HAS_UNITS) != 0 ? List.of() : null;
        }
        if ((flags & (SubscriptionIndex.MANY_CODES | SubscriptionIndex.MANY_KEYWORDS)) == 0) {
            return inlineCriteriaReasons(index, record, base, flags, target);
        }
        return allCriteriaReasons(index, record, slot, base, flags, target);
    }

    private static boolean withinValue(int[] record, int base, int flags, TargetFacts target) {
        return ((flags & SubscriptionIndex.HAS_MIN) == 0
                        || target.max >= SubscriptionIndex.longAt(record, base + SubscriptionIndex.MIN_VALUE))
                && ((flags & SubscriptionIndex.HAS_MAX) == 0
                        || target.min <= SubscriptionIndex.longAt(record, base + SubscriptionIndex.MAX_VALUE));
    }

    /** Adds the subscription of this record to the matches. */
    static void add(
            SubscriptionMatches matches, int[] record, int base, SubscriptionIndex index, List<MatchReason> reasons) {
        matches.add(
                SubscriptionIndex.longAt(record, base + SubscriptionIndex.ID),
                SubscriptionIndex.longAt(record, base + SubscriptionIndex.SUBSCRIBER_ID),
                index.frequencyNames[(record[base] >>> SubscriptionIndex.FREQUENCY_SHIFT) & 0xf],
                reasons);
    }

    /**
     * Criteria kept inline in the record (at most three codes and three keywords): all six fields are tested without
     * branches (an empty field holds id 0, which never hits), and a single hit, the usual case, shares the reasons
     * built once for the target. Several hits take the general way.
     */
    static List<MatchReason> inlineCriteriaReasons(
            SubscriptionIndex index, int[] record, int base, int flags, TargetFacts target) {
        int code0 = record[base + SubscriptionIndex.CODE_FIELDS[0]];
        int code1 = record[base + SubscriptionIndex.CODE_FIELDS[1]];
        int code2 = record[base + SubscriptionIndex.CODE_FIELDS[2]];
        int keyword0 = record[base + SubscriptionIndex.KEYWORD_FIELDS[0]];
        int keyword1 = record[base + SubscriptionIndex.KEYWORD_FIELDS[1]];
        int keyword2 = record[base + SubscriptionIndex.KEYWORD_FIELDS[2]];
        int hits = hits(code0, code1, code2, keyword0, keyword1, keyword2, target);
        return switch (hits) {
            case 0 -> null;
            case 1 -> target.codeReasonList(code0);
            case 2 -> target.codeReasonList(code1);
            case 4 -> target.codeReasonList(code2);
            case 8 -> target.keywordReasonList(keyword0);
            case 16 -> target.keywordReasonList(keyword1);
            case 32 -> target.keywordReasonList(keyword2);
            default -> allCriteriaReasons(index, record, record[base + SubscriptionIndex.SLOT], base, flags, target);
        };
    }

    /** Which of the six inline fields hit: bits 0–2 the code fields, 3–5 the keyword fields. */
    private static int hits(
            int code0, int code1, int code2, int keyword0, int keyword1, int keyword2, TargetFacts target) {
        long[] codes = target.codeHitBits();
        long[] keywords = target.keywordHitBits();
        return (int) ((codes[code0 >>> 6] >>> code0) & 1)
                | (int) ((codes[code1 >>> 6] >>> code1) & 1) << 1
                | (int) ((codes[code2 >>> 6] >>> code2) & 1) << 2
                | (int) ((keywords[keyword0 >>> 6] >>> keyword0) & 1) << 3
                | (int) ((keywords[keyword1 >>> 6] >>> keyword1) & 1) << 4
                | (int) ((keywords[keyword2 >>> 6] >>> keyword2) & 1) << 5;
    }

    /**
     * {@link #reasons} of a usual subscription restated on its compact entry in a posting (see {@link Postings}): the
     * notify-on bit, the value range in whole DKK (the target's range rounded outwards, which keeps the øre
     * comparison exact), and the inline fields that hit; 0 when it does not match.
     */
    static int compactHits(int[] entries, int base, TargetFacts target) {
        int codes01 = entries[base + Postings.CODES_0_1];
        int code2Keyword0 = entries[base + Postings.CODE_2_KEYWORD_0];
        int keywords12 = entries[base + Postings.KEYWORDS_1_2];
        int hits = hits(
                codes01 & 0xffff,
                codes01 >>> 16,
                code2Keyword0 & 0xffff,
                code2Keyword0 >>> 16,
                keywords12 & 0xffff,
                keywords12 >>> 16,
                target);
        boolean passes = (entries[base + Postings.HEAD] & target.notifyBit) != 0
                & target.maxDkk >= entries[base + Postings.MIN_DKK]
                & target.minDkk <= entries[base + Postings.MAX_DKK];
        return passes ? hits : 0;
    }

    /** Every code and keyword of the subscription, inline or not; the reasons of all that hit, codes first. */
    static List<MatchReason> allCriteriaReasons(
            SubscriptionIndex index, int[] record, int slot, int base, int flags, TargetFacts target) {
        int[] many = (flags & SubscriptionIndex.MANY_CODES) != 0 ? index.cpv[slot] : null;
        int codeCount = many != null ? many.length : (flags >>> SubscriptionIndex.CODE_COUNT_SHIFT) & 7;
        int[] manyKeywords = (flags & SubscriptionIndex.MANY_KEYWORDS) != 0 ? index.keywordIds[slot] : null;
        int keywordCount =
                manyKeywords != null ? manyKeywords.length : (flags >>> SubscriptionIndex.KEYWORD_COUNT_SHIFT) & 3;
        int[] termOfKeyword = index.termOfKeyword;
        int count = 0;
        int sources = 0;
        List<MatchReason> only = null;
        for (int i = 0; i < codeCount; i++) {
            int code = many != null ? many[i] : record[base + SubscriptionIndex.CODE_FIELDS[i]];
            MatchReason[] reasons = target.codeReasonsIfHit(code);
            if (reasons != null) {
                count += reasons.length;
                sources++;
                only = target.codeReasonList(code);
            }
        }
        for (int i = 0; i < keywordCount; i++) {
            int keyword = manyKeywords != null ? manyKeywords[i] : record[base + SubscriptionIndex.KEYWORD_FIELDS[i]];
            int term = termOfKeyword[keyword];
            if (target.termHit(term)) {
                count += target.termReasons(term, keyword).length;
                sources++;
                only = target.termReasonList(term, keyword);
            }
        }
        if (sources <= 1) {
            return only;
        }
        MatchReason[] all = new MatchReason[count];
        int at = 0;
        for (int i = 0; i < codeCount; i++) {
            int code = many != null ? many[i] : record[base + SubscriptionIndex.CODE_FIELDS[i]];
            MatchReason[] reasons = target.codeReasonsIfHit(code);
            if (reasons != null) {
                System.arraycopy(reasons, 0, all, at, reasons.length);
                at += reasons.length;
            }
        }
        for (int i = 0; i < keywordCount; i++) {
            int keyword = manyKeywords != null ? manyKeywords[i] : record[base + SubscriptionIndex.KEYWORD_FIELDS[i]];
            int term = termOfKeyword[keyword];
            if (target.termHit(term)) {
                MatchReason[] reasons = target.termReasons(term, keyword);
                System.arraycopy(reasons, 0, all, at, reasons.length);
                at += reasons.length;
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
