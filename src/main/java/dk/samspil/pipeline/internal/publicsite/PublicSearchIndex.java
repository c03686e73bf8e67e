package dk.samspil.pipeline.internal.publicsite;

import java.util.ArrayList;
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

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvEntry;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.platform.text.DanishText;

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
        REFERENCE(8), TITLE(4), LOT(2), DESCRIPTION(1), CPV(1);

        final int weight;

        Field(int weight) {
            this.weight = weight;
        }
    }

    /** One entry as searched: per field its words (stems in order for phrases). */
    record Doc(PlannedProcurement entry, String[][] stems) {
    }

    /** The hits of one search: the entries, best first as asked, and the words that hit (folded) for highlighting. */
    record Result(List<PlannedProcurement> entries, Map<Long, Integer> scores, Set<String> hitForms) {
    }

    private record Snapshot(List<Doc> docs, Map<String, Map<Integer, Integer>> postings, Map<Long, Facts> facts) {
    }

    /**
     * What the list filters, counts and sorts by, worked out once per entry: its CPV divisions (distinct two
     * digits), buying unit code (upper case), the quarter of its expected publication and that period's first day.
     */
    record Facts(String[] divisions, String unit, ExpectedPeriod quarter, long expectedFrom) {

        static Facts of(PlannedProcurement entry) {
            ExpectedPeriod expected = entry.details().expectedPublication();
            return new Facts(entry.details().cpvCodes().stream().filter(code -> code.length() >= 2)
                    .map(code -> code.substring(0, 2)).distinct().toArray(String[]::new),
                    entry.buyingUnitCode() == null ? null : entry.buyingUnitCode().toUpperCase(Locale.ROOT),
                    ExpectedPeriod.ofQuarter(expected.year(), expected.quarterOfYear()), expected.from().toEpochDay());
        }
    }

    /** The facts of every public entry by id (an entry missing from it is newer than the index: use {@link Facts#of}). */
    Map<Long, Facts> facts() {
        return current().facts();
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

    PublicSearchIndex(ProcurementExtracts extracts, CpvCatalogue cpv, JdbcClient jdbc,
                      PipelineSearchProperties properties) {
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

    /** Every public entry, in the database's order (expected publication, reference). */
    List<PlannedProcurement> all() {
        return current().docs().stream().map(Doc::entry).toList();
    }

    /**
     * The public entries a query finds, best first and then soonest expected: the search of the JSON API
     * ({@code GET /api/v1/procurements?q=}), the same as the public list's "Bedste match".
     */
    public List<PlannedProcurement> ranked(String query) {
        // cleaned and cut as the public list does
        Result result = search(ProcurementQuery.all().withText(query).text());
        List<PlannedProcurement> entries = new ArrayList<>(result.entries());
        entries.sort(Comparator.comparing((PlannedProcurement p) -> -result.scores().getOrDefault(p.id(), 0))
                .thenComparing(byExpected()));
        return entries;
    }

    /**
     * The entries holding every word of the query, with their scores; an empty result for a query without words.
     */
    Result search(String query) {
        Snapshot s = current();
        Map<Integer, Integer> scores = new HashMap<>();
        Set<String> hitForms = new LinkedHashSet<>();
        for (List<QueryTerm> terms : alternatives(query)) {
            Map<Integer, Integer> found = search(s, terms, hitForms);
            found.forEach((doc, score) -> scores.merge(doc, score, Math::max));
        }
        Map<Long, Integer> byId = new HashMap<>();
        List<PlannedProcurement> entries = new ArrayList<>();
        scores.forEach((doc, score) -> {
            PlannedProcurement entry = s.docs().get(doc).entry();
            byId.put(entry.id(), score);
            entries.add(entry);
        });
        return new Result(entries, byId, hitForms);
    }

    /** One alternative: the documents holding every term that is not negated and none that is, with their scores. */
    private Map<Integer, Integer> search(Snapshot s, List<QueryTerm> terms, Set<String> hitForms) {
        Map<Integer, Integer> scores = null;
        List<Map<Integer, Integer>> excluded = new ArrayList<>();
        for (QueryTerm term : terms) {
            Map<Integer, Integer> termScores = termScores(s, term, term.negated() ? new HashSet<>() : hitForms);
            if (term.negated()) {
                excluded.add(termScores);
            } else if (scores == null) {
                scores = termScores;
            } else {
                Map<Integer, Integer> previous = scores;
                previous.keySet().retainAll(termScores.keySet());
                previous.replaceAll((doc, score) -> score + termScores.get(doc));
            }
        }
        if (scores == null) {
            if (excluded.isEmpty()) {
                return Map.of();
            }
            scores = new HashMap<>();
            for (int doc = 0; doc < s.docs().size(); doc++) {
                scores.put(doc, 0);
            }
        }
        for (Map<Integer, Integer> out : excluded) {
            scores.keySet().removeAll(out.keySet());
        }
        return scores;
    }

    private Map<Integer, Integer> termScores(Snapshot s, QueryTerm term, Set<String> hitForms) {
        Map<Integer, Integer> termScores = new HashMap<>();
        for (int i = 0; i < term.words().size(); i++) {
            Map<Integer, Integer> wordScores = wordScores(s, term.words().get(i), hitForms);
            if (i == 0) {
                termScores.putAll(wordScores);
            } else {
                termScores.keySet().retainAll(wordScores.keySet());
                termScores.replaceAll((doc, score) -> score + wordScores.get(doc));
            }
        }
        if (term.words().size() > 1) {
            List<String> phrase = term.words().stream().map(DanishText::stem).toList();
            termScores.keySet().removeIf(doc -> !hasPhrase(s.docs().get(doc), phrase));
        }
        return termScores;
    }

    /**
     * The description cut to about {@value #SNIPPET} characters around its first hit, HTML-escaped, with every word
     * whose forms hold one of {@code hitForms} in {@code <mark>}.
     */
    String snippet(String description, Set<String> hitForms) {
        List<DanishText.Token> tokens = DanishText.tokens(description);
        int first = -1;
        List<DanishText.Token> marked = new ArrayList<>();
        for (DanishText.Token token : tokens) {
            if (!hitForms.isEmpty() && hits(token, hitForms)) {
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
                    .append("<mark>").append(escape(token.written())).append("</mark>");
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
    record QueryTerm(List<String> words, boolean negated) {
    }

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
            List<String> words = DanishText.tokens(chunk).stream().map(DanishText.Token::lower).toList();
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

    private Map<Integer, Integer> wordScores(Snapshot s, String lower, Set<String> hitForms) {
        Map<Integer, Integer> scores = new HashMap<>();
        String folded = DanishText.fold(lower);
        String stem = DanishText.stem(lower);
        merge(scores, s.postings().get("e:" + folded), EXACT);
        merge(scores, s.postings().get("s:" + stem), STEM);
        merge(scores, s.postings().get("p:" + stem), PART);
        merge(scores, s.postings().get("p:" + folded), PART);
        if (!scores.isEmpty()) {
            hitForms.add(folded);
            hitForms.add(stem);
        }
        return scores;
    }

    private static void merge(Map<Integer, Integer> scores, Map<Integer, Integer> posting, int kind) {
        if (posting != null) {
            posting.forEach((doc, weight) -> scores.merge(doc, weight * kind, Math::max));
        }
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
                log.debug("Public search index: {} entries in {} ms", snapshot.docs().size(),
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

    private Snapshot build(List<PlannedProcurement> entries) {
        List<Doc> docs = new ArrayList<>(entries.size());
        Map<String, Map<Integer, Integer>> postings = new HashMap<>();
        for (PlannedProcurement entry : entries) {
            int doc = docs.size();
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
                CpvCode.tryParse(code).ifPresent(parsed -> cpv.path(parsed).stream().map(CpvEntry::labelDa)
                        .forEach(labels::add));
            }
            for (String label : labels) {
                add(keys, label, stems);
            }
            flush(postings, doc, Field.CPV, keys);
            docs.add(new Doc(entry, stems.toArray(String[][]::new)));
        }
        Map<Long, Facts> facts = new HashMap<>();
        for (PlannedProcurement entry : entries) {
            facts.put(entry.id(), Facts.of(entry));
        }
        return new Snapshot(List.copyOf(docs), postings, facts);
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
    private static void flush(Map<String, Map<Integer, Integer>> postings, int doc, Field field, Set<String> keys) {
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new HashMap<>()).merge(doc, field.weight, Integer::sum);
        }
        keys.clear();
    }

    static Comparator<PlannedProcurement> byExpected() {
        return Comparator.comparing((PlannedProcurement p) -> p.details().expectedPublication().from())
                .thenComparing(PlannedProcurement::id);
    }

    /** HTML-escaped, letters such as æ, ø and å as they are. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
