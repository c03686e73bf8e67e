package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvEntry;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.ValueBand;
import dk.samspil.platform.text.DanishText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Public search in memory: every public entry (drafts aside) with its words analysed once by the shared
 * {@link DanishText} (the alerts' analysis), so search finds what an alert with the same words finds. Searched are the
 * reference, the title, lot titles, the description and the Danish labels of the entry's CPV codes and the codes above
 * them. Every word of the query must occur (a {@code "quoted phrase"} as consecutive words, {@code OR} between
 * alternatives, {@code -word} to exclude); the score adds, per word, its best kind of hit (the word as written, its
 * stem, a compound part) times the summed weights of the fields it occurs in (reference, title, lots, description,
 * CPV labels). The index is rebuilt from the
 * database at the first search after a publication or change on this instance has committed, so a search never sees
 * an older state than the one the change left; changes made by other instances are noticed within
 * {@code samspil.pipeline.search.index-check} by one cheap query.
 */
@Component
public class PublicSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(PublicSearchIndex.class);

    private static final int EXACT = 3;
    private static final int STEM = 2;
    private static final int PART = 1;
    private static final int SNIPPET = 220;
    static final int MAX_TERMS = 12;

    enum Field {
        REFERENCE(8),
        TITLE(4),
        LOT(2),
        DESCRIPTION(1),
        CPV(1);

        final int weight;

        Field(int weight) {
            this.weight = weight;
        }
    }

    /** One entry as searched: per field its words (stems in order for phrases). */
    record Doc(PlannedProcurement entry, String[][] stems) {}

    /**
     * The documents of one word: ascending document numbers and the summed field weights in the same positions.
     */
    private record Posting(int[] docs, int[] weights) {}

    /**
     * The hits of one search over a {@link Snapshot}: per document its score, {@code -1} where it is not found,
     * and the words that hit (folded) for highlighting.
     */
    record Result(Snapshot snapshot, int[] scores, Set<String> hitForms) {

        boolean found(int doc) {
            return scores[doc] >= 0;
        }
    }

    /**
     * Every public entry, ordered by expected publication and id (so that order needs no sorting), with what the
     * list searches, filters, counts and sorts by worked out once: per document its CPV divisions, buying unit and
     * quarter as numbers into the name arrays (a buying unit's name is the one its entries carry), its value band and
     * its place in the other two orders.
     */
    record Snapshot(
            Doc[] docs,
            Map<String, Posting> postings,
            String[] divisionNames,
            int[][] divisions,
            String[] unitCodes,
            String[] unitNames,
            int[] units,
            ExpectedPeriod[] quarterNames,
            int[] quarters,
            long[] expectedFrom,
            long[] expectedTo,
            ValueBand[] valueBands,
            int[] valueRank,
            int[] changedRank,
            Totals totals) {

        int size() {
            return docs.length;
        }

        PlannedProcurement entry(int doc) {
            return docs[doc].entry();
        }
    }

    /**
     * How many documents each CPV division, buying unit and quarter has: the facets of the plain list without a query
     * or a filter, the most requested page, counted once per snapshot instead of once per request.
     */
    record Totals(int[] divisions, int[] units, int[] quarters) {

        static Totals of(
                int divisionCount, int[][] divisions, int unitCount, int[] units, int quarterCount, int[] quarters) {
            int[] byDivision = new int[divisionCount];
            int[] byUnit = new int[unitCount];
            int[] byQuarter = new int[quarterCount];
            for (int doc = 0; doc < units.length; doc++) {
                for (int division : divisions[doc]) {
                    byDivision[division]++;
                }
                if (units[doc] >= 0) {
                    byUnit[units[doc]]++;
                }
                byQuarter[quarters[doc]]++;
            }
            return new Totals(byDivision, byUnit, byQuarter);
        }
    }

    /** The index as it is now, for one search and what is done with its result. */
    Snapshot snapshot() {
        return current();
    }

    private final ProcurementExtracts extracts;
    private final CpvCatalogue cpv;
    private final DanishText text;
    private final Object rebuildLock = new Object();
    private volatile Snapshot snapshot;
    private final AtomicLong changes = new AtomicLong();
    private volatile long builtAt = -1;
    private volatile String builtStamp = "";
    private volatile long checkAt;
    private final JdbcClient jdbc;
    private final PipelineSearchProperties properties;

    PublicSearchIndex(
            ProcurementExtracts extracts, CpvCatalogue cpv, JdbcClient jdbc, PipelineSearchProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.extracts = extracts;
        this.cpv = cpv;
        this.text = cpv.danishText();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(ProcurementPublished event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ProcurementChanged event) {
        changes.incrementAndGet();
    }

    /**
     * The public entries a query finds, best first and then soonest expected: the search of the JSON API
     * ({@code GET /api/v1/procurements?q=}), the same as the public list's "Bedste match".
     */
    public List<PlannedProcurement> ranked(String query) {
        // cleaned and cut as the public list does
        Snapshot s = current();
        Result result = search(s, ProcurementQuery.all().withText(query).text());
        long[] keys = new long[s.size()];
        int found = 0;
        for (int doc = 0; doc < s.size(); doc++) {
            if (result.found(doc)) {
                keys[found++] = relevanceKey(result.scores()[doc], doc);
            }
        }
        Arrays.sort(keys, 0, found);
        List<PlannedProcurement> entries = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            entries.add(s.entry((int) keys[i]));
        }
        return entries;
    }

    /** Best score first, then the document order (soonest expected, then id): a sort key of one found document. */
    static long relevanceKey(int score, int doc) {
        return (long) (Integer.MAX_VALUE - score) << 32 | doc;
    }

    /**
     * The documents holding every word of the query, with their scores; nothing is found for a query without words.
     */
    Result search(Snapshot s, String query) {
        int[] scores = absent(s.size());
        Set<String> hitForms = new LinkedHashSet<>();
        for (List<QueryTerm> terms : alternatives(query)) {
            int[] found = search(s, terms, hitForms);
            if (found != null) {
                for (int doc = 0; doc < scores.length; doc++) {
                    scores[doc] = Math.max(scores[doc], found[doc]);
                }
            }
        }
        return new Result(s, scores, hitForms);
    }

    private static int[] absent(int size) {
        int[] scores = new int[size];
        Arrays.fill(scores, -1);
        return scores;
    }

    /**
     * One alternative: the documents holding every term that is not negated and none that is, with their scores;
     * {@code null} when it has no terms.
     */
    private int[] search(Snapshot s, List<QueryTerm> terms, Set<String> hitForms) {
        int[] scores = null;
        List<int[]> excluded = new ArrayList<>();
        for (QueryTerm term : terms) {
            int[] termScores = termScores(s, term, term.negated() ? new HashSet<>() : hitForms);
            if (term.negated()) {
                excluded.add(termScores);
            } else if (scores == null) {
                scores = termScores;
            } else {
                addWhereBoth(scores, termScores);
            }
        }
        if (scores == null) {
            if (excluded.isEmpty()) {
                return null;
            }
            scores = new int[s.size()];
        }
        for (int[] out : excluded) {
            for (int doc = 0; doc < scores.length; doc++) {
                if (out[doc] >= 0) {
                    scores[doc] = -1;
                }
            }
        }
        return scores;
    }

    /** {@code scores} becomes the sum where both found the document, absent elsewhere. */
    private static void addWhereBoth(int[] scores, int[] other) {
        for (int doc = 0; doc < scores.length; doc++) {
            scores[doc] = scores[doc] < 0 || other[doc] < 0 ? -1 : scores[doc] + other[doc];
        }
    }

    private int[] termScores(Snapshot s, QueryTerm term, Set<String> hitForms) {
        int[] termScores = null;
        for (String word : term.words()) {
            int[] wordScores = wordScores(s, word, hitForms);
            if (termScores == null) {
                termScores = wordScores;
            } else {
                addWhereBoth(termScores, wordScores);
            }
        }
        if (term.words().size() > 1) {
            List<String> phrase = term.words().stream().map(DanishText::stem).toList();
            for (int doc = 0; doc < termScores.length; doc++) {
                if (termScores[doc] >= 0 && !hasPhrase(s.docs()[doc], phrase)) {
                    termScores[doc] = -1;
                }
            }
        }
        return termScores;
    }

    /**
     * The description cut to about {@value #SNIPPET} characters around its first hit, HTML-escaped, with every word
     * whose forms hold one of {@code hitForms} in {@code <mark>}.
     */
    String snippet(String description, Set<String> hitForms) {
        int first = -1;
        List<DanishText.Token> marked = new ArrayList<>();
        // without a query nothing is marked: the list without a query is the most requested page, skip the analysis
        List<DanishText.Token> tokens = hitForms.isEmpty() ? List.of() : DanishText.tokens(description);
        for (DanishText.Token token : tokens) {
            if (hits(token, hitForms)) {
                marked.add(token);
                if (first < 0) {
                    first = token.start();
                }
            }
        }
        int from = first < 0 || first < SNIPPET / 2 ? 0 : wordStart(description, first - SNIPPET / 3);
        int to = Math.min(description.length(), from + SNIPPET);
        if (to < description.length()) {
            int space = description.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        StringBuilder html = new StringBuilder(from > 0 ? "… " : "");
        int at = from;
        for (DanishText.Token token : marked) {
            if (token.start() < from || token.end() > to) {
                continue;
            }
            html.append(escape(description.substring(at, token.start())))
                    .append("<mark>")
                    .append(escape(token.written()))
                    .append("</mark>");
            at = token.end();
        }
        html.append(escape(description.substring(at, to)));
        return html.append(to < description.length() ? " …" : "").toString();
    }

    /** The title, HTML-escaped, with hit words in {@code <mark>}. */
    String marked(String title, Set<String> hitForms) {
        return snippet(title, hitForms);
    }

    private boolean hits(DanishText.Token token, Set<String> hitForms) {
        for (String form : text.word(token.lower()).forms()) {
            if (hitForms.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private static int wordStart(String text, int at) {
        int space = text.indexOf(' ', Math.max(0, at));
        return space < 0 ? 0 : space + 1;
    }

    /** One word or phrase of a query; a negated one ({@code -word}) excludes the entries holding it. */
    record QueryTerm(List<String> words, boolean negated) {}

    /**
     * The query as alternatives (separated by {@code OR}), each a list of words and phrases that must all occur:
     * a {@code "quoted phrase"} and a word written with hyphens ({@code IT-drift}, {@code SK-2027-018}) are phrases,
     * {@code -word} excludes; parts without letters or digits drop out, at most {@value #MAX_TERMS} terms in all.
     */
    static List<List<QueryTerm>> alternatives(String query) {
        List<List<QueryTerm>> alternatives = new ArrayList<>();
        List<QueryTerm> current = new ArrayList<>();
        alternatives.add(current);
        if (query == null) {
            return alternatives;
        }
        int count = 0;
        int i = 0;
        int n = query.length();
        while (i < n && count < MAX_TERMS) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                negated = true;
                c = query.charAt(++i);
            }
            String chunk;
            boolean quoted = c == '"';
            if (quoted) {
                int close = query.indexOf('"', i + 1);
                chunk = query.substring(i + 1, close < 0 ? n : close);
                i = close < 0 ? n : close + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != '"') {
                    i++;
                }
                chunk = query.substring(start, i);
            }
            if (!quoted && !negated && chunk.equals("OR")) {
                if (!current.isEmpty()) {
                    current = new ArrayList<>();
                    alternatives.add(current);
                }
                continue;
            }
            List<String> words = DanishText.tokens(chunk).stream()
                    .map(DanishText.Token::lower)
                    .toList();
            if (!words.isEmpty()) {
                current.add(new QueryTerm(words, negated));
                count++;
            }
        }
        if (current.isEmpty() && alternatives.size() > 1) {
            alternatives.remove(alternatives.size() - 1);
        }
        return alternatives;
    }

    private int[] wordScores(Snapshot s, String lower, Set<String> hitForms) {
        int[] scores = absent(s.size());
        String folded = DanishText.fold(lower);
        String stem = DanishText.stem(lower);
        boolean found = merge(scores, s.postings().get("e:" + folded), EXACT);
        found |= merge(scores, s.postings().get("s:" + stem), STEM);
        found |= merge(scores, s.postings().get("p:" + stem), PART);
        found |= merge(scores, s.postings().get("p:" + folded), PART);
        if (found) {
            hitForms.add(folded);
            hitForms.add(stem);
        }
        return scores;
    }

    private static boolean merge(int[] scores, Posting posting, int kind) {
        if (posting == null) {
            return false;
        }
        int[] docs = posting.docs();
        int[] weights = posting.weights();
        for (int i = 0; i < docs.length; i++) {
            scores[docs[i]] = Math.max(scores[docs[i]], weights[i] * kind);
        }
        return docs.length > 0;
    }

    private static boolean hasPhrase(Doc doc, List<String> phrase) {
        for (String[] stems : doc.stems()) {
            for (int i = 0; i + phrase.size() <= stems.length; i++) {
                int j = 0;
                while (j < phrase.size() && phrase.get(j).equals(stems[i + j])) {
                    j++;
                }
                if (j == phrase.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Snapshot current() {
        long seen = changes.get();
        Snapshot s = snapshot;
        if (s != null && builtAt == seen && System.nanoTime() - checkAt < 0) {
            return s;
        }
        synchronized (rebuildLock) {
            seen = changes.get();
            boolean due = System.nanoTime() - checkAt >= 0;
            String stamp = snapshot == null || builtAt != seen || due ? stamp() : builtStamp;
            if (snapshot == null || builtAt != seen || !stamp.equals(builtStamp)) {
                long started = System.nanoTime();
                snapshot = build(extracts.published());
                log.debug(
                        "Public search index: {} entries in {} ms",
                        snapshot.size(),
                        (System.nanoTime() - started) / 1_000_000);
                builtAt = seen;
                builtStamp = stamp;
            }
            if (due || checkAt == 0) {
                checkAt = System.nanoTime() + properties.indexCheck().toNanos();
            }
            return snapshot;
        }
    }

    /** What changes when any entry is created, published, changed or deleted, on any instance. */
    private String stamp() {
        return jdbc.sql("""
                        SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')
                            || ':' || coalesce(max(last_changed_at)::text, '')
                          FROM planned_procurement WHERE status <> 'DRAFT'""").query(String.class).single();
    }

    private Snapshot build(List<PlannedProcurement> published) {
        List<PlannedProcurement> entries = new ArrayList<>(published);
        entries.sort(byExpected());
        int n = entries.size();
        Doc[] docs = new Doc[n];
        Map<String, PostingBuilder> postings = new HashMap<>();
        for (int doc = 0; doc < n; doc++) {
            PlannedProcurement entry = entries.get(doc);
            List<String[]> stems = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            add(keys, entry.reference(), stems);
            flush(postings, doc, Field.REFERENCE, keys);
            add(keys, entry.details().title(), stems);
            flush(postings, doc, Field.TITLE, keys);
            for (Lot lot : entry.details().lots()) {
                add(keys, lot.title(), stems);
            }
            flush(postings, doc, Field.LOT, keys);
            add(keys, entry.details().description(), stems);
            flush(postings, doc, Field.DESCRIPTION, keys);
            Set<String> labels = new LinkedHashSet<>();
            for (String code : entry.details().cpvCodes()) {
                CpvCode.tryParse(code)
                        .ifPresent(parsed ->
                                cpv.path(parsed).stream().map(CpvEntry::labelDa).forEach(labels::add));
            }
            for (String label : labels) {
                add(keys, label, stems);
            }
            flush(postings, doc, Field.CPV, keys);
            docs[doc] = new Doc(entry, stems.toArray(String[][]::new));
        }
        Map<String, Posting> frozen = new HashMap<>(postings.size() * 2);
        postings.forEach((key, builder) -> frozen.put(key, builder.build()));

        Numbering<String> divisionNames = new Numbering<>();
        Numbering<String> unitCodes = new Numbering<>();
        Map<String, String> unitNames = new HashMap<>();
        Numbering<ExpectedPeriod> quarterNames = new Numbering<>();
        int[][] divisions = new int[n][];
        int[] units = new int[n];
        int[] quarters = new int[n];
        long[] expectedFrom = new long[n];
        long[] expectedTo = new long[n];
        ValueBand[] valueBands = new ValueBand[n];
        for (int doc = 0; doc < n; doc++) {
            PlannedProcurement entry = entries.get(doc);
            ExpectedPeriod expected = entry.details().expectedPublication();
            divisions[doc] = entry.details().cpvCodes().stream()
                    .filter(code -> code.length() >= 2)
                    .map(code -> code.substring(0, 2))
                    .distinct()
                    .mapToInt(divisionNames::number)
                    .toArray();
            if (entry.buyingUnitCode() == null) {
                units[doc] = -1;
            } else {
                String code = entry.buyingUnitCode().toUpperCase(Locale.ROOT);
                units[doc] = unitCodes.number(code);
                unitNames.putIfAbsent(code, entry.buyingUnitName() == null ? code : entry.buyingUnitName());
            }
            quarters[doc] = quarterNames.number(ExpectedPeriod.ofQuarter(expected.year(), expected.quarterOfYear()));
            expectedFrom[doc] = expected.from().toEpochDay();
            expectedTo[doc] = expected.to().toEpochDay();
            valueBands[doc] = ValueBand.of(entry.details().value());
        }
        String[] codes = unitCodes.names(String[]::new);
        ExpectedPeriod[] quarterList = quarterNames.names(ExpectedPeriod[]::new);
        String[] divisionList = divisionNames.names(String[]::new);
        return new Snapshot(
                docs,
                frozen,
                divisionList,
                divisions,
                codes,
                Arrays.stream(codes).map(unitNames::get).toArray(String[]::new),
                units,
                quarterList,
                quarters,
                expectedFrom,
                expectedTo,
                valueBands,
                ranks(
                        entries,
                        Comparator.comparing(
                                        (PlannedProcurement p) ->
                                                p.details().value().reference(),
                                        Comparator.nullsLast(Comparator.reverseOrder()))
                                .thenComparing(byExpected())),
                ranks(
                        entries,
                        Comparator.comparing(
                                        PlannedProcurement::lastChangedAt,
                                        Comparator.nullsLast(Comparator.reverseOrder()))
                                .thenComparing(PlannedProcurement::id, Comparator.reverseOrder())),
                Totals.of(divisionList.length, divisions, codes.length, units, quarterList.length, quarters));
    }

    /** Each entry's place in the given order. */
    private static int[] ranks(List<PlannedProcurement> entries, Comparator<PlannedProcurement> order) {
        Integer[] byOrder = new Integer[entries.size()];
        for (int i = 0; i < byOrder.length; i++) {
            byOrder[i] = i;
        }
        Arrays.sort(byOrder, (a, b) -> order.compare(entries.get(a), entries.get(b)));
        int[] rank = new int[byOrder.length];
        for (int place = 0; place < byOrder.length; place++) {
            rank[byOrder[place]] = place;
        }
        return rank;
    }

    /** Numbers for the distinct values of one fact, in the order they are first seen. */
    private static final class Numbering<T> {
        private final Map<T, Integer> numbers = new HashMap<>();
        private final List<T> names = new ArrayList<>();

        int number(T value) {
            return numbers.computeIfAbsent(value, v -> {
                names.add(v);
                return names.size() - 1;
            });
        }

        T[] names(java.util.function.IntFunction<T[]> array) {
            return names.toArray(array);
        }
    }

    /** A posting while the index is built: documents come in ascending order, each field of one at a time. */
    private static final class PostingBuilder {
        private int[] docs = new int[4];
        private int[] weights = new int[4];
        private int size;

        void add(int doc, int weight) {
            if (size > 0 && docs[size - 1] == doc) {
                weights[size - 1] += weight;
                return;
            }
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size++] = weight;
        }

        Posting build() {
            return new Posting(Arrays.copyOf(docs, size), Arrays.copyOf(weights, size));
        }
    }

    /** The posting keys of a text's words (as written, stem, compound parts) into {@code keys}, its stems in order. */
    private void add(Set<String> keys, String value, List<String[]> stems) {
        if (value == null) {
            return;
        }
        List<DanishText.Token> tokens = DanishText.tokens(value);
        String[] fieldStems = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            DanishText.Word word = text.word(tokens.get(i).lower());
            fieldStems[i] = word.stem();
            keys.add("e:" + DanishText.fold(tokens.get(i).lower()));
            keys.add("s:" + word.stem());
            for (String form : word.forms()) {
                keys.add("p:" + form);
            }
        }
        stems.add(fieldStems);
    }

    /**
     * Posts one field's keys for the document, each once: a word found in several fields weighs the sum of their
     * weights, a word repeated inside one field (or in several CPV labels) counts once.
     */
    private static void flush(Map<String, PostingBuilder> postings, int doc, Field field, Set<String> keys) {
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new PostingBuilder()).add(doc, field.weight);
        }
        keys.clear();
    }

    static Comparator<PlannedProcurement> byExpected() {
        return Comparator.comparing((PlannedProcurement p) ->
                        p.details().expectedPublication().from())
                .thenComparing(PlannedProcurement::id);
    }

    /** HTML-escaped, letters such as æ, ø and å as they are. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
