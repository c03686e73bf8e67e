package dk.samspil.alerts.internal.matching;

import dk.samspil.alerts.internal.matching.MatchReason.Field;
import dk.samspil.alerts.internal.matching.MatchReason.Kind;
import dk.samspil.platform.text.DanishText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One target worked out once against a {@link SubscriptionIndex}'s ids, so that deciding a subscription is array
 * look-ups: which subscription CPV codes cover one of its codes, which keyword terms occur in its text (and where, as
 * written), its buying unit, value range and references. The reasons are built here once per code or term and shared
 * by every subscription that matches for it. Built and used by one thread under the index's read lock.
 */
final class TargetFacts {

    private static final Field[] FIELDS = Field.values();

    final int notifyBit;
    final boolean sme;
    final int unitId;
    final boolean hasMin;
    final boolean hasMax;
    final long min;
    final long max;
    /** The value range in whole DKK rounded outwards, within the int range, for compact entries. */
    final int minDkk;

    final int maxDkk;
    final int gen;
    final IntList hitCodes = new IntList();
    final IntList hitTerms = new IntList();
    final int[] referenceIds;

    private final SubscriptionIndex.Scratch scratch;
    private final SubscriptionIndex.Dictionary keywordTexts;
    private final int[][] keywordsOfTerm;
    private final int[] termOfKeyword;
    /** Per hit term, the first word as written in each field it occurs in ({@code null} where it does not). */
    private final List<String[]> termHits = new ArrayList<>();

    private final List<List<MatchReason>> followReasons = new ArrayList<>();

    TargetFacts(SubscriptionIndex index, MatchTarget target, String notifyOn, SubscriptionIndex.Scratch scratch) {
        this.scratch = scratch;
        this.keywordTexts = index.keywordTexts;
        this.keywordsOfTerm = index.keywordsOfTerm;
        this.termOfKeyword = index.termOfKeyword;
        this.gen = scratch.next(index.codes.size(), index.terms.size(), index.keywordTexts.size());
        this.notifyBit = MatchRules.notifyBits(List.of(notifyOn == null ? "" : notifyOn));
        this.sme = target.smeSuitable();
        this.unitId = index.units.id(target.buyingUnitCode());
        this.hasMin = target.valueMinDkk() != null;
        this.hasMax = target.valueMaxDkk() != null;
        this.min = hasMin ? SubscriptionIndex.ore(target.valueMinDkk()) : Long.MIN_VALUE;
        this.max = hasMax ? SubscriptionIndex.ore(target.valueMaxDkk()) : Long.MAX_VALUE;
        this.minDkk = hasMin ? clampToInt(-Math.floorDiv(-min, 100)) : Integer.MIN_VALUE;
        this.maxDkk = hasMax ? clampToInt(Math.floorDiv(max, 100)) : Integer.MAX_VALUE;
        collectCodes(index, target.cpvCodes());
        collectTerms(index, target.title(), Field.TITLE);
        collectTerms(index, target.description(), Field.DESCRIPTION);
        for (String lotTitle : target.lotTitles()) {
            collectTerms(index, lotTitle == null ? "" : lotTitle, Field.LOT);
        }
        IntList references = new IntList();
        for (String reference : new LinkedHashSet<>(target.references())) {
            int id = index.references.id(reference);
            if (id >= 0) {
                references.add(id);
                followReasons.add(List.of(new MatchReason(Kind.FOLLOW, reference, reference, null)));
            }
        }
        this.referenceIds = Arrays.copyOf(references.values, references.size);
    }

    private static int clampToInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** The CPV reasons of a subscription code when it covers a target code, else {@code null}. */
    MatchReason[] codeReasonsIfHit(int code) {
        return (scratch.codeHitBits[code >>> 6] & 1L << code) != 0 ? scratch.codeReasons[code] : null;
    }

    /**
     * Per {@link Field}, the first word as written where the target holds the term ({@code null} in a field where it
     * does not); {@code null} when the target does not hold it at all.
     */
    String[] termWords(int term) {
        return termHit(term) ? termHits.get(scratch.termHit[term]).clone() : null;
    }

    boolean termHit(int term) {
        return scratch.termStamp[term] == gen;
    }

    /** The bits of every code id that covers one of the target's codes; never of id 0 ("none"). */
    long[] codeHitBits() {
        return scratch.codeHitBits;
    }

    /** The bits of every keyword id whose term the target holds; never of id 0 ("none"). */
    long[] keywordHitBits() {
        return scratch.keywordHitBits;
    }

    /** The CPV reasons of a hit subscription code as a list. */
    List<MatchReason> codeReasonList(int code) {
        return scratch.codeReasonLists[code];
    }

    /**
     * The keyword reasons of a hit term for a subscription keyword ({@link SubscriptionIndex#keywordTexts} id): one
     * per field it occurs in. Built once per keyword and target, shared by every subscription that holds it.
     */
    MatchReason[] termReasons(int term, int keyword) {
        if (scratch.keywordStamp[keyword] != gen) {
            buildKeywordReasons(term, keyword);
        }
        return scratch.keywordReasons[keyword];
    }

    /** The keyword reasons of a keyword whose term the target holds ({@link #keywordHitBits}). */
    List<MatchReason> keywordReasonList(int keyword) {
        return termReasonList(termOfKeyword[keyword], keyword);
    }

    List<MatchReason> termReasonList(int term, int keyword) {
        if (scratch.keywordStamp[keyword] != gen) {
            buildKeywordReasons(term, keyword);
        }
        return scratch.keywordReasonLists[keyword];
    }

    private void buildKeywordReasons(int term, int keyword) {
        String[] words = termHits.get(scratch.termHit[term]);
        String written = keywordTexts.name(keyword);
        List<MatchReason> built = new ArrayList<>(FIELDS.length);
        for (int f = 0; f < FIELDS.length; f++) {
            if (words[f] != null) {
                built.add(new MatchReason(Kind.KEYWORD, written, words[f], FIELDS[f]));
            }
        }
        scratch.keywordStamp[keyword] = gen;
        scratch.keywordReasons[keyword] = built.toArray(MatchReason[]::new);
        scratch.keywordReasonLists[keyword] = List.copyOf(built);
    }

    /** The follow reason when the target has this reference, else {@code null}. */
    List<MatchReason> followReasons(int referenceId) {
        for (int i = 0; i < referenceIds.length; i++) {
            if (referenceIds[i] == referenceId) {
                return followReasons.get(i);
            }
        }
        return null;
    }

    private void collectCodes(SubscriptionIndex index, List<String> written) {
        List<SubscriptionIndex.CodeCover> covers = new ArrayList<>(written.size());
        for (String code : written) {
            SubscriptionIndex.CodeCover cover = index.cover(code);
            if (cover != null
                    && covers.stream().noneMatch(other -> other.value().equals(cover.value()))) {
                covers.add(cover);
            }
        }
        List<List<MatchReason>> reasons = new ArrayList<>();
        for (SubscriptionIndex.CodeCover cover : covers) {
            for (int i = 0; i < cover.codes().length; i++) {
                int code = cover.codes()[i];
                if ((scratch.codeHitBits[code >>> 6] & 1L << code) == 0) {
                    scratch.codeHitBits[code >>> 6] |= 1L << code;
                    scratch.codeHit[code] = reasons.size();
                    hitCodes.add(code);
                    reasons.add(new ArrayList<>(covers.size()));
                }
                reasons.get(scratch.codeHit[code]).add(cover.reasons()[i]);
            }
        }
        for (int i = 0; i < hitCodes.size; i++) {
            int code = hitCodes.values[i];
            List<MatchReason> list = reasons.get(scratch.codeHit[code]);
            scratch.codeReasons[code] = list.toArray(MatchReason[]::new);
            scratch.codeReasonLists[code] = List.copyOf(list);
        }
    }

    private void collectTerms(SubscriptionIndex index, String text, Field field) {
        List<DanishText.Token> tokens = DanishText.tokens(text);
        String[] stems = index.phrasesByFirstStem.isEmpty() ? null : new String[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            DanishText.Token token = tokens.get(t);
            SubscriptionIndex.ResolvedWord word = index.resolve(token.lower());
            for (int term : word.terms()) {
                hit(term, field, token.written());
            }
            if (stems != null) {
                stems[t] = word.stem();
            }
        }
        if (stems != null) {
            for (int t = 0; t < tokens.size(); t++) {
                int[] phrases = index.phrasesByFirstStem.get(stems[t]);
                if (phrases != null) {
                    for (int term : phrases) {
                        String[] phrase = index.termStems.get(term);
                        if (startsAt(stems, t, phrase)) {
                            hit(term, field, writtenSpan(tokens, t, phrase.length));
                        }
                    }
                }
            }
        }
    }

    private static boolean startsAt(String[] stems, int start, String[] phrase) {
        if (start + phrase.length > stems.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!phrase[i].equals(stems[start + i])) {
                return false;
            }
        }
        return true;
    }

    /** The phrase as the text writes it: its words joined by single spaces. */
    private static String writtenSpan(List<DanishText.Token> tokens, int start, int length) {
        StringBuilder span = new StringBuilder(tokens.get(start).written());
        for (int i = start + 1; i < start + length; i++) {
            span.append(' ').append(tokens.get(i).written());
        }
        return span.toString();
    }

    private void hit(int term, Field field, String written) {
        String[] words;
        if (scratch.termStamp[term] != gen) {
            scratch.termStamp[term] = gen;
            scratch.termHit[term] = termHits.size();
            words = new String[FIELDS.length];
            termHits.add(words);
            hitTerms.add(term);
            int[] keywords = term < keywordsOfTerm.length ? keywordsOfTerm[term] : null;
            if (keywords != null) {
                for (int keyword : keywords) {
                    scratch.keywordHitBits[keyword >>> 6] |= 1L << keyword;
                }
            }
        } else {
            words = termHits.get(scratch.termHit[term]);
        }
        if (words[field.ordinal()] == null) {
            words[field.ordinal()] = written;
        }
    }
}
