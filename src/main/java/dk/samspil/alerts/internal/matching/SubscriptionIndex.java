package dk.samspil.alerts.internal.matching;

import dk.samspil.alerts.internal.Frequency;
import dk.samspil.codelists.CpvCode;
import dk.samspil.platform.text.DanishText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Active subscriptions in memory, laid out for matching many of them fast: every subscription has an int slot and a
 * fixed-size record of ints ({@link #records}); what does not fit (more CPV codes, keywords, excluded keywords, buying
 * units) lives in per-slot arrays. CPV codes, keyword terms, buying units and followed references are interned to int
 * ids, and {@link Postings} lead from each id to the subscriptions that hold it: a compact entry for the usual kind,
 * a copy of the record for the others.
 * <p>
 * Candidates for a target come from the postings of what the target holds: the CPV codes at every level above and at
 * its own codes (a subscription's code covers a target code exactly when it equals the target code cut to the
 * subscription code's significant digits and padded with zeros), the keyword terms found in its text (see
 * {@link TargetFacts}), its buying unit (for subscriptions with nothing but buying units) and its references (for
 * followers). Each candidate is decided once, by {@link MatchRules}: a compact entry by the posting of its first hit
 * field, a whole record through a per-thread bit set.
 * <p>
 * Thread-safe: matching holds the read lock, changes the write lock.
 */
final class SubscriptionIndex {

    static final int SME_ONLY = 1 << 5;
    static final int FOLLOW = 1 << 6;
    static final int HAS_CRITERIA = 1 << 7;
    static final int HAS_MIN = 1 << 8;
    static final int HAS_MAX = 1 << 9;
    static final int HAS_CODES = 1 << 10;
    static final int HAS_UNITS = 1 << 12;
    static final int HAS_EXCLUDED = 1 << 13;
    static final int MANY_CODES = 1 << 14;
    static final int MANY_KEYWORDS = 1 << 15;
    static final int MANY_UNITS = 1 << 25;
    static final int MANY_EXCLUDED = 1 << 26;
    /** Its code and term postings hold a compact entry (see {@link Postings}) instead of a copy of the record. */
    static final int COMPACT_ENTRY = 1 << 27;

    static final int FREQUENCY_SHIFT = 16;
    static final int CODE_COUNT_SHIFT = 20;
    static final int KEYWORD_COUNT_SHIFT = 23;
    /** Ints per slot in {@link #records}; the offsets of the fields in a record follow. */
    static final int RECORD = 16;
    /** Where up to three CPV code ids sit inline in a record. */
    static final int[] CODE_FIELDS = {1, 2, 12};
    /** Where up to three keyword ids ({@link #keywordTexts}) sit inline in a record. */
    static final int[] KEYWORD_FIELDS = {13, 14, 15};

    static final int SLOT = 3;
    static final int MIN_VALUE = 4;
    static final int MAX_VALUE = 6;
    static final int ID = 8;
    static final int SUBSCRIBER_ID = 10;

    final DanishText text;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    final Dictionary codes = new Dictionary();
    final Dictionary units = new Dictionary();
    final Dictionary references = new Dictionary();
    final Dictionary frequencies = new Dictionary();
    /** {@link #frequencies} by id, for the matches. */
    Frequency[] frequencyNames = new Frequency[0];

    final Dictionary terms = new Dictionary();
    /** Single-word terms by every form they are found by (stem and keyword as written). */
    final Map<String, int[]> termsByForm = new HashMap<>();
    /** Phrase terms by the stem of their first word; {@link #termStems} holds all their stems. */
    final Map<String, int[]> phrasesByFirstStem = new HashMap<>();

    final List<String[]> termStems = new ArrayList<>();
    /** Keywords as subscriptions write them; a keyword's reasons are built once per target for all its holders. */
    final Dictionary keywordTexts = new Dictionary();
    /**
     * Words of target texts with the single-word terms they hold, valid while {@link #termVersion} is unchanged:
     * most words of a new entry have been seen before, so finding its terms is one look-up per word.
     */
    private final ConcurrentHashMap<String, ResolvedWord> resolvedWords = new ConcurrentHashMap<>();

    private int termVersion;

    /**
     * Per slot, {@link #RECORD} ints (one cache line) with all a typical candidate needs, so deciding it costs one
     * memory access: notify-on bits, flags and the frequency id (0 for a free slot, which therefore never matches);
     * the slot; minimum and maximum value in øre, subscription id and subscriber id as longs; and the ids of up to
     * three CPV codes and three keywords (their numbers in the flags; a subscription with more has
     * {@link #MANY_CODES} or {@link #MANY_KEYWORDS} and all of them in {@link #cpv} or {@link #keywordIds}; keyword
     * ids lead to their terms through {@link #termOfKeyword}, a small array that stays in the CPU cache). An unused
     * inline field holds 0, the id of no code and no keyword.
     */
    int[] records = new int[0];
    /** All CPV code ids of a slot (also when inline in {@link #records}). */
    int[][] cpv = new int[0][];
    /** All keyword ids of a slot (also when inline in {@link #records}). */
    int[][] keywordIds = new int[0][];
    /** The term of every keyword text, by {@link #keywordTexts} id. */
    int[] termOfKeyword = new int[0];
    /** The keyword texts of every term, by term id: a target that holds a term hits all of them. */
    int[][] keywordsOfTerm = new int[0][];

    int[][] excluded = new int[0][];
    int[][] unitIds = new int[0][];
    /**
     * The first buying unit id and excluded term of a slot: the only one for most, so these filters cost one memory
     * access instead of two.
     */
    int[] firstUnit = new int[0];

    int[] firstExcluded = new int[0];
    int[] followRefs = new int[0];
    /** Slots in use or freed: 0..slotCount-1. */
    int slotCount;

    final List<Postings> byCode = new ArrayList<>();
    final List<Postings> byTerm = new ArrayList<>();
    final List<Postings> unitOnly = new ArrayList<>();
    final List<Postings> byReference = new ArrayList<>();

    private final LongIntMap slotById = new LongIntMap();
    private final IntList freeSlots = new IntList();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    SubscriptionIndex(DanishText text) {
        this.text = text;
        // Id 0 of codes and keyword texts stands for "none": an empty inline field of a record holds 0, which no
        // target ever hits, so MatchRules can test all inline fields without looking at how many are in use.
        codes.intern(NONE);
        keywordTexts.intern(NONE);
    }

    /** Not a CPV code, not a keyword (a keyword has at least one letter or digit). */
    private static final String NONE = " ";

    int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds the subscription, or replaces the one with its id. */
    void put(MatchableSubscription subscription) {
        lock.writeLock().lock();
        try {
            removeLocked(subscription.id());
            addLocked(subscription);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(long id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Empties the index and fills it with these subscriptions. */
    void replaceAll(Iterable<MatchableSubscription> subscriptions) {
        lock.writeLock().lock();
        try {
            for (int slot = 0; slot < slotCount; slot++) {
                if (records[RECORD * slot] != 0) {
                    removeLocked(longAt(records, RECORD * slot + ID));
                }
            }
            for (MatchableSubscription subscription : subscriptions) {
                removeLocked(subscription.id());
                addLocked(subscription);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The engine: reads the postings of what the target holds, front to back. */
    SubscriptionMatches match(MatchTarget target, String notifyOn) {
        lock.readLock().lock();
        try {
            Scratch s = scratch.get();
            TargetFacts facts = facts(target, notifyOn, s);
            if (facts.notifyBit == 0) {
                return new SubscriptionMatches(0);
            }
            // Most candidates match: sized for all of those from codes and terms, the list never grows by copying.
            int candidates = 0;
            for (int i = 0; i < facts.hitCodes.size; i++) {
                candidates += byCode.get(facts.hitCodes.values[i]).candidates();
            }
            for (int i = 0; i < facts.hitTerms.size; i++) {
                candidates += byTerm.get(facts.hitTerms.values[i]).candidates();
            }
            SubscriptionMatches matches = new SubscriptionMatches(candidates);
            long[] seen = s.seen(slotCount);
            for (int i = 0; i < facts.hitCodes.size; i++) {
                int code = facts.hitCodes.values[i];
                Postings posting = byCode.get(code);
                visitCompact(posting, facts.codeReasonList(code), facts, matches);
                visit(posting, seen, facts, matches);
            }
            for (int i = 0; i < facts.hitTerms.size; i++) {
                Postings posting = byTerm.get(facts.hitTerms.values[i]);
                visitCompact(posting, null, facts, matches);
                visit(posting, seen, facts, matches);
            }
            if (facts.unitId >= 0 && facts.unitId < unitOnly.size()) {
                visit(unitOnly.get(facts.unitId), seen, facts, matches);
            }
            for (int referenceId : facts.referenceIds) {
                visit(byReference.get(referenceId), seen, facts, matches);
            }
            s.clearSeen();
            return matches;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Compact entries: the postings that lead to a subscription for a target are all visited, and only the one whose
     * key is in its first hit field decides it, so no bit set is needed. When that is its only hit, the reasons are
     * the ones of the posting's key.
     *
     * @param keyReasons the reasons of a code posting's code, {@code null} for a term posting
     */
    private void visitCompact(
            Postings posting, List<MatchReason> keyReasons, TargetFacts facts, SubscriptionMatches matches) {
        int[] entries = posting.compact;
        Frequency[] frequencyNames = this.frequencyNames;
        for (int i = 0, n = posting.compactSize; i < n; i++) {
            int base = i * Postings.COMPACT;
            int hits = MatchRules.compactHits(entries, base, facts);
            int own = entries[base + Postings.HEAD] >>> Postings.OWN_SHIFT;
            if ((hits & -hits & own) == 0) {
                continue;
            }
            List<MatchReason> reasons;
            if (hits != own || (own & (own - 1)) != 0) {
                int slot = slotById.get(entries[base + Postings.ID]);
                reasons = MatchRules.allCriteriaReasons(
                        this, records, slot, slot * RECORD, records[slot * RECORD], facts);
            } else if (keyReasons != null) {
                reasons = keyReasons;
            } else {
                reasons = facts.keywordReasonList(
                        compactKeyword(entries, base, Integer.numberOfTrailingZeros(own) - CODE_FIELDS.length));
            }
            matches.add(
                    entries[base + Postings.ID],
                    entries[base + Postings.SUBSCRIBER_ID],
                    frequencyNames[(entries[base + Postings.HEAD] >>> Postings.FREQUENCY_SHIFT) & 0xf],
                    reasons);
        }
    }

    private static int compactKeyword(int[] entries, int base, int field) {
        return switch (field) {
            case 0 -> entries[base + Postings.CODE_2_KEYWORD_0] >>> 16;
            case 1 -> entries[base + Postings.KEYWORDS_1_2] & 0xffff;
            default -> entries[base + Postings.KEYWORDS_1_2] >>> 16;
        };
    }

    /** Whole records: decided once through the per-thread bit set. */
    private void visit(Postings posting, long[] seen, TargetFacts facts, SubscriptionMatches matches) {
        int[] data = posting.data;
        for (int i = 0, n = posting.size; i < n; i++) {
            int base = i * Postings.FULL;
            int slot = data[base + SLOT];
            long bit = 1L << slot;
            int w = slot >>> 6;
            if ((seen[w] & bit) != 0) {
                continue;
            }
            seen[w] |= bit;
            List<MatchReason> reasons = MatchRules.postedReasons(this, data, base, facts);
            if (reasons != null) {
                MatchRules.add(matches, data, base, this, reasons);
            }
        }
    }

    /** What the target holds, in this index's ids; call with the read lock held. */
    TargetFacts facts(MatchTarget target, String notifyOn) {
        return facts(target, notifyOn, scratch.get());
    }

    private TargetFacts facts(MatchTarget target, String notifyOn, Scratch s) {
        return new TargetFacts(this, target, notifyOn, s);
    }

    private void addLocked(MatchableSubscription sub) {
        int slot = freeSlots.size > 0 ? freeSlots.pop() : newSlot();
        slotById.put(sub.id(), slot);
        int base = RECORD * slot;
        records[base + SLOT] = slot;
        setLong(base + ID, sub.id());
        setLong(base + SUBSCRIBER_ID, sub.subscriberId());
        int frequency = frequencies.intern(sub.frequency());
        if (frequency == frequencyNames.length) {
            frequencyNames = Arrays.copyOf(frequencyNames, frequency + 1);
            frequencyNames[frequency] = Frequency.valueOf(sub.frequency());
        }
        int flag = MatchRules.notifyBits(sub.notifyOn()) | frequency << FREQUENCY_SHIFT;
        if (sub.follow()) {
            int referenceId = references.intern(sub.reference());
            followRefs[slot] = referenceId;
            records[base] = flag | FOLLOW;
            posting(byReference, referenceId).add(records, base, -1, -1);
            return;
        }
        if (sub.smeSuitableOnly()) {
            flag |= SME_ONLY;
        }
        if (sub.minValueDkk() != null) {
            flag |= HAS_MIN;
            setLong(base + MIN_VALUE, ore(sub.minValueDkk()));
        }
        if (sub.maxValueDkk() != null) {
            flag |= HAS_MAX;
            setLong(base + MAX_VALUE, ore(sub.maxValueDkk()));
        }
        if (!sub.cpvCodes().isEmpty() || !sub.keywords().isEmpty()) {
            flag |= HAS_CRITERIA;
        }
        List<Postings> postings = new ArrayList<>();
        IntList codeIds = new IntList();
        for (String written : sub.cpvCodes()) {
            CpvCode.tryParse(written).ifPresent(code -> {
                int id = codes.intern(code.value());
                if (!contains(codeIds, id)) {
                    codeIds.add(id);
                }
            });
        }
        cpv[slot] = codeIds.size == 0 ? null : Arrays.copyOf(codeIds.values, codeIds.size);
        IntList keywordList = new IntList();
        IntList posted = new IntList();
        for (String keyword : sub.keywords()) {
            int term = term(keyword);
            if (term >= 0) {
                keywordList.add(keyword(keyword, term));
                if (!contains(posted, term)) {
                    posted.add(term);
                }
            }
        }
        keywordIds[slot] = keywordList.size == 0 ? null : Arrays.copyOf(keywordList.values, keywordList.size);
        IntList excludedTerms = new IntList();
        for (String keyword : sub.excludedKeywords()) {
            int term = term(keyword);
            if (term >= 0 && !contains(excludedTerms, term)) {
                excludedTerms.add(term);
            }
        }
        excluded[slot] = excludedTerms.size == 0 ? null : Arrays.copyOf(excludedTerms.values, excludedTerms.size);
        firstExcluded[slot] = excludedTerms.size == 0 ? -1 : excludedTerms.values[0];
        IntList unitList = new IntList();
        for (String unit : sub.buyingUnits()) {
            int id = units.intern(unit);
            if (!contains(unitList, id)) {
                unitList.add(id);
                if ((flag & HAS_CRITERIA) == 0) {
                    postings.add(posting(unitOnly, id));
                }
            }
        }
        unitIds[slot] = unitList.size == 0 ? null : Arrays.copyOf(unitList.values, unitList.size);
        firstUnit[slot] = unitList.size == 0 ? -1 : unitList.values[0];
        boolean many = codeIds.size > CODE_FIELDS.length;
        boolean manyKeywords = keywordList.size > KEYWORD_FIELDS.length;
        records[base] = flag
                | (cpv[slot] == null ? 0 : HAS_CODES)
                | (many ? MANY_CODES : codeIds.size << CODE_COUNT_SHIFT)
                | (manyKeywords ? MANY_KEYWORDS : keywordList.size << KEYWORD_COUNT_SHIFT)
                | (unitIds[slot] == null ? 0 : HAS_UNITS)
                | (unitList.size > 1 ? MANY_UNITS : 0)
                | (excluded[slot] == null ? 0 : HAS_EXCLUDED)
                | (excludedTerms.size > 1 ? MANY_EXCLUDED : 0);
        for (int i = 0; i < codeIds.size && !many; i++) {
            records[base + CODE_FIELDS[i]] = codeIds.values[i];
        }
        for (int i = 0; i < keywordList.size && !manyKeywords; i++) {
            records[base + KEYWORD_FIELDS[i]] = keywordList.values[i];
        }
        for (Postings posting : postings) {
            posting.add(records, base, firstUnit[slot], firstExcluded[slot]);
        }
        int[] entry = compactEntry(base, sub);
        if (entry != null) {
            records[base] |= COMPACT_ENTRY;
        }
        int head = entry == null ? 0 : entry[Postings.HEAD];
        for (int i = 0; i < codeIds.size; i++) {
            Postings posting = posting(byCode, codeIds.values[i]);
            if (entry == null) {
                posting.add(records, base, firstUnit[slot], firstExcluded[slot]);
            } else {
                entry[Postings.HEAD] = head | ownFields(base, codeIds.values[i], -1) << Postings.OWN_SHIFT;
                posting.addCompact(entry);
            }
        }
        for (int i = 0; i < posted.size; i++) {
            Postings posting = posting(byTerm, posted.values[i]);
            if (entry == null) {
                posting.add(records, base, firstUnit[slot], firstExcluded[slot]);
            } else {
                entry[Postings.HEAD] = head | ownFields(base, -1, posted.values[i]) << Postings.OWN_SHIFT;
                posting.addCompact(entry);
            }
        }
    }

    /**
     * The subscription's compact entry without the fields of a posting's key, or {@code null} when it is not of the
     * usual kind or something does not fit: an id above 65,535 or an int, an amount in DKK with øre.
     */
    private int[] compactEntry(int base, MatchableSubscription sub) {
        int flags = records[base];
        if ((flags & MatchRules.UNUSUAL) != 0
                || (flags & HAS_CRITERIA) == 0
                || sub.id() > Integer.MAX_VALUE
                || sub.subscriberId() < 0
                || sub.subscriberId() > Integer.MAX_VALUE) {
            return null;
        }
        int[] ids = new int[CODE_FIELDS.length + KEYWORD_FIELDS.length];
        for (int i = 0; i < CODE_FIELDS.length; i++) {
            ids[i] = records[base + CODE_FIELDS[i]];
        }
        for (int i = 0; i < KEYWORD_FIELDS.length; i++) {
            ids[CODE_FIELDS.length + i] = records[base + KEYWORD_FIELDS[i]];
        }
        if (Arrays.stream(ids).anyMatch(id -> id > 0xffff)) {
            return null;
        }
        long min = (flags & HAS_MIN) == 0 ? Integer.MIN_VALUE * 100L : longAt(records, base + MIN_VALUE);
        long max = (flags & HAS_MAX) == 0 ? Integer.MAX_VALUE * 100L : longAt(records, base + MAX_VALUE);
        boolean wholeDkk = min % 100 == 0 && max % 100 == 0;
        if (!wholeDkk
                || ((flags & HAS_MIN) != 0 && !inside(min / 100))
                || ((flags & HAS_MAX) != 0 && !inside(max / 100))) {
            return null;
        }
        int[] entry = new int[Postings.COMPACT];
        entry[Postings.HEAD] =
                (flags & MatchRules.NOTIFY_BITS) | ((flags >>> FREQUENCY_SHIFT) & 0xf) << Postings.FREQUENCY_SHIFT;
        entry[Postings.CODES_0_1] = ids[0] | ids[1] << 16;
        entry[Postings.CODE_2_KEYWORD_0] = ids[2] | ids[3] << 16;
        entry[Postings.KEYWORDS_1_2] = ids[4] | ids[5] << 16;
        entry[Postings.MIN_DKK] = (int) (min / 100);
        entry[Postings.MAX_DKK] = (int) (max / 100);
        entry[Postings.ID] = (int) sub.id();
        entry[Postings.SUBSCRIBER_ID] = (int) sub.subscriberId();
        return entry;
    }

    /** Strictly between the ints that stand for "no minimum" and "no maximum". */
    private static boolean inside(long dkk) {
        return dkk > Integer.MIN_VALUE && dkk < Integer.MAX_VALUE;
    }

    /** The bits of a record's inline fields that hold this code id, or keywords of this term (as in inlineHits). */
    private int ownFields(int base, int code, int term) {
        int mask = 0;
        for (int i = 0; i < CODE_FIELDS.length; i++) {
            if (code > 0 && records[base + CODE_FIELDS[i]] == code) {
                mask |= 1 << i;
            }
        }
        for (int i = 0; i < KEYWORD_FIELDS.length; i++) {
            int keyword = records[base + KEYWORD_FIELDS[i]];
            if (term >= 0 && keyword > 0 && termOfKeyword[keyword] == term) {
                mask |= 1 << (CODE_FIELDS.length + i);
            }
        }
        return mask;
    }

    private void removeLocked(long id) {
        int slot = slotById.get(id);
        if (slot < 0) {
            return;
        }
        slotById.remove(id);
        int flag = records[RECORD * slot];
        if ((flag & FOLLOW) != 0) {
            byReference.get(followRefs[slot]).remove(slot);
        }
        boolean compact = (flag & COMPACT_ENTRY) != 0;
        if (cpv[slot] != null) {
            for (int code : cpv[slot]) {
                if (compact) {
                    byCode.get(code).removeCompact(id);
                } else {
                    byCode.get(code).remove(slot);
                }
            }
        }
        if (keywordIds[slot] != null) {
            IntList removed = new IntList();
            for (int keyword : keywordIds[slot]) {
                int term = termOfKeyword[keyword];
                if (!contains(removed, term)) {
                    removed.add(term);
                    if (compact) {
                        byTerm.get(term).removeCompact(id);
                    } else {
                        byTerm.get(term).remove(slot);
                    }
                }
            }
        }
        if (unitIds[slot] != null && (flag & HAS_CRITERIA) == 0) {
            for (int unit : unitIds[slot]) {
                unitOnly.get(unit).remove(slot);
            }
        }
        Arrays.fill(records, RECORD * slot, RECORD * slot + RECORD, 0);
        records[RECORD * slot + SLOT] = slot;
        cpv[slot] = null;
        keywordIds[slot] = null;
        excluded[slot] = null;
        unitIds[slot] = null;
        freeSlots.add(slot);
    }

    /** The id of a keyword's term (a stem, or the stems of a phrase), registered with its forms; -1 for none. */
    private int term(String keyword) {
        List<String> stems = DanishText.stems(keyword);
        if (stems.isEmpty()) {
            return -1;
        }
        int before = terms.size();
        int term = terms.intern(String.join(" ", stems));
        if (term == before) {
            termStems.add(stems.toArray(String[]::new));
            posting(byTerm, term);
            if (stems.size() > 1) {
                phrasesByFirstStem.merge(stems.get(0), new int[] {term}, SubscriptionIndex::concat);
            }
        }
        if (stems.size() == 1) {
            for (String form : DanishText.keywordForms(keyword)) {
                int[] existing = termsByForm.get(form);
                if (existing == null || Arrays.stream(existing).noneMatch(t -> t == term)) {
                    termsByForm.merge(form, new int[] {term}, SubscriptionIndex::concat);
                    termVersion++;
                }
            }
        }
        return term;
    }

    /** The id of a keyword text, whose term is {@code term}. */
    private int keyword(String keyword, int term) {
        int before = keywordTexts.size();
        int id = keywordTexts.intern(keyword);
        if (id == before) {
            if (id >= termOfKeyword.length) {
                termOfKeyword = Arrays.copyOf(termOfKeyword, id + (id >> 1) + 16);
            }
            termOfKeyword[id] = term;
            if (term >= keywordsOfTerm.length) {
                keywordsOfTerm = Arrays.copyOf(keywordsOfTerm, term + (term >> 1) + 16);
            }
            int[] others = keywordsOfTerm[term];
            keywordsOfTerm[term] = others == null ? new int[] {id} : concat(others, new int[] {id});
        }
        return id;
    }

    /**
     * A target's CPV code as written, with the ids of the subscription codes that cover it (the code and every level
     * above it that some subscription holds) and the reason for each; valid while {@link #codes} has
     * {@code codeCount} ids (codes are only ever added).
     */
    record CodeCover(String value, int[] codes, MatchReason[] reasons, int codeCount) {}

    private final ConcurrentHashMap<String, CodeCover> covers = new ConcurrentHashMap<>();

    /** Call with the read lock held; {@code null} for text that is not a CPV code. */
    CodeCover cover(String written) {
        CodeCover cover = covers.get(written);
        if (cover != null && cover.codeCount() == codes.size()) {
            return cover;
        }
        CpvCode code = CpvCode.tryParse(written).orElse(null);
        if (code == null) {
            return null;
        }
        String value = code.value();
        IntList ids = new IntList();
        List<MatchReason> reasons = new ArrayList<>();
        for (int digits = 2; digits <= 8; digits++) {
            if (digits > 2 && value.charAt(digits - 1) == '0') {
                continue;
            }
            String prefix = value.substring(0, digits) + "00000000".substring(digits);
            int id = codes.id(prefix);
            if (id >= 0 && !contains(ids, id)) {
                ids.add(id);
                reasons.add(new MatchReason(MatchReason.Kind.CPV, prefix, value, null));
            }
        }
        cover = new CodeCover(
                value, Arrays.copyOf(ids.values, ids.size), reasons.toArray(MatchReason[]::new), codes.size());
        if (covers.size() >= RESOLVED_WORDS_LIMIT) {
            covers.clear();
        }
        covers.put(written, cover);
        return cover;
    }

    /** A word of a target text (lower case): its stem and the single-word terms found in it. */
    record ResolvedWord(String stem, int[] terms, int version) {}

    private static final int[] NO_TERMS = new int[0];
    private static final int RESOLVED_WORDS_LIMIT = 200_000;

    /** Call with the read lock held. */
    ResolvedWord resolve(String lower) {
        ResolvedWord resolved = resolvedWords.get(lower);
        if (resolved != null && resolved.version() == termVersion) {
            return resolved;
        }
        DanishText.Word word = text.word(lower);
        IntList found = new IntList();
        for (String form : word.forms()) {
            int[] terms = termsByForm.get(form);
            if (terms != null) {
                for (int term : terms) {
                    if (!contains(found, term)) {
                        found.add(term);
                    }
                }
            }
        }
        resolved = new ResolvedWord(
                word.stem(), found.size == 0 ? NO_TERMS : Arrays.copyOf(found.values, found.size), termVersion);
        if (resolvedWords.size() >= RESOLVED_WORDS_LIMIT) {
            resolvedWords.clear();
        }
        resolvedWords.put(lower, resolved);
        return resolved;
    }

    private int newSlot() {
        if (slotCount * RECORD == records.length) {
            int capacity = Math.max(16, slotCount + (slotCount >> 1));
            records = Arrays.copyOf(records, RECORD * capacity);
            cpv = Arrays.copyOf(cpv, capacity);
            keywordIds = Arrays.copyOf(keywordIds, capacity);
            excluded = Arrays.copyOf(excluded, capacity);
            unitIds = Arrays.copyOf(unitIds, capacity);
            followRefs = Arrays.copyOf(followRefs, capacity);
            firstUnit = Arrays.copyOf(firstUnit, capacity);
            firstExcluded = Arrays.copyOf(firstExcluded, capacity);
        }
        return slotCount++;
    }

    private static Postings posting(List<Postings> postings, int id) {
        while (postings.size() <= id) {
            postings.add(new Postings());
        }
        return postings.get(id);
    }

    private static boolean contains(IntList list, int value) {
        for (int i = 0; i < list.size; i++) {
            if (list.values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    static long longAt(int[] record, int index) {
        return ((long) record[index] << 32) | (record[index + 1] & 0xffffffffL);
    }

    private void setLong(int index, long value) {
        records[index] = (int) (value >>> 32);
        records[index + 1] = (int) value;
    }

    /** An amount in DKK as whole øre, so the value filter compares longs. */
    static long ore(BigDecimal dkk) {
        return dkk.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /** Strings interned to dense int ids. Changed only under the write lock. */
    static final class Dictionary {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String name) {
            Integer id = name == null ? null : ids.get(name);
            return id == null ? -1 : id;
        }

        int intern(String name) {
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            return id;
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }
    }

    /**
     * Per-thread working memory: the bit set of subscriptions already decided (all zero between matches), bit sets of
     * the code and keyword ids the current target hits (cleared per target), and stamps that mark a term, or a
     * keyword's built reasons, as belonging to the current target when they hold the current generation.
     */
    static final class Scratch {

        private int gen;
        private long[] seen = new long[0];
        private int seenWords;
        int[] codeHit = new int[0];
        MatchReason[][] codeReasons = new MatchReason[0][];
        List<MatchReason>[] codeReasonLists = newLists(0);
        int[] termStamp = new int[0];
        int[] termHit = new int[0];
        int[] keywordStamp = new int[0];
        /** Bit sets of the code ids and keyword ids the current target hits: small enough to stay in the L1 cache. */
        long[] codeHitBits = new long[0];

        long[] keywordHitBits = new long[0];
        MatchReason[][] keywordReasons = new MatchReason[0][];
        List<MatchReason>[] keywordReasonLists = newLists(0);

        int next(int codeCount, int termCount, int keywordCount) {
            if (codeHit.length < codeCount) {
                codeHit = new int[codeCount + 64];
                codeReasons = new MatchReason[codeHit.length][];
                codeReasonLists = newLists(codeHit.length);
            }
            if (termStamp.length < termCount) {
                termStamp = Arrays.copyOf(termStamp, termCount + 256);
                termHit = new int[termStamp.length];
            }
            if (keywordStamp.length < keywordCount) {
                keywordStamp = Arrays.copyOf(keywordStamp, keywordCount + 256);
                keywordReasons = new MatchReason[keywordStamp.length][];
                keywordReasonLists = newLists(keywordStamp.length);
            }
            codeHitBits = cleared(codeHitBits, codeCount);
            keywordHitBits = cleared(keywordHitBits, keywordCount);
            if (++gen == Integer.MAX_VALUE) {
                gen = 1;
                Arrays.fill(termStamp, 0);
                Arrays.fill(keywordStamp, 0);
            }
            return gen;
        }

        private static long[] cleared(long[] bits, int ids) {
            int words = (ids + 63) >>> 6;
            if (bits.length < words) {
                return new long[words + 64];
            }
            Arrays.fill(bits, 0, words, 0L);
            return bits;
        }

        long[] seen(int slotCount) {
            seenWords = (slotCount + 63) >>> 6;
            if (seen.length < seenWords) {
                seen = new long[seenWords + 1024];
            }
            return seen;
        }

        @SuppressWarnings("unchecked")
        private static List<MatchReason>[] newLists(int length) {
            return (List<MatchReason>[]) new List<?>[length];
        }

        void clearSeen() {
            Arrays.fill(seen, 0, seenWords, 0L);
        }
    }
}
