package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.internal.procurement.ProcurementRepository;
import dk.samspil.platform.ExpiringCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public list of planned procurements: search with the shared Danish text analysis over the in-memory
 * {@link PublicSearchIndex}, filters with counts (facets), sorting and pages of {@value #PAGE_SIZE}. Result pages
 * are kept for a few seconds ({@link PipelineSearchProperties}) because the public
 * list is read far more often than the plan changes; a publication or change on this instance empties the cache at
 * once, other instances see it within the cache time.
 */
@Service
class PipelineSearch {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final ProcurementRepository repository;
    private final TransactionTemplate readOnly;
    private final PublicSearchIndex index;
    private final ExpiringCache<ProcurementQuery, ProcurementPage> cache;

    PipelineSearch(
            JdbcClient jdbc,
            ProcurementRepository repository,
            PlatformTransactionManager transactions,
            PipelineSearchProperties properties,
            PublicSearchIndex index) {
        this.index = index;
        this.jdbc = jdbc;
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = new ExpiringCache<>(properties.cacheTtl(), properties.cacheSize());
    }

    public ProcurementPage search(ProcurementQuery query) {
        return cache.get(query, this::load);
    }

    /**
     * Public entries still to come (expected no earlier than {@code from}), soonest first, at most {@code limit};
     * cancelled and awarded entries are left out.
     */
    public List<PlannedProcurement> upcoming(LocalDate from, int limit) {
        return readOnly.execute(status -> repository.withLots(jdbc.sql(ProcurementRepository.SELECT + """
                         WHERE p.status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED') AND p.expected_to >= :from
                        ORDER BY p.expected_from, p.id LIMIT :limit""")
                .param("from", from)
                .param("limit", limit)
                .query(repository::map)
                .list()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(ProcurementPublished event) {
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ProcurementChanged event) {
        cache.clear();
    }

    private ProcurementPage load(ProcurementQuery query) {
        PublicSearchIndex.Snapshot s = index.snapshot();
        PublicSearchIndex.Result hits = query.text() == null ? null : index.search(s, query.text());
        Filters filters = new Filters(s, query);
        ProcurementSort sort = query.sort();
        int size = s.size();
        int[] divisions;
        int[] units;
        int[] quarters;
        long[] keys;
        int matching;
        if (hits == null && !filters.any) {
            // the plain list: every document matches, and the facets are the snapshot's totals
            divisions = s.totals().divisions();
            units = s.totals().units();
            quarters = s.totals().quarters();
            matching = size;
            keys = sort == ProcurementSort.EXPECTED ? null : new long[size];
            for (int doc = 0; keys != null && doc < size; doc++) {
                keys[doc] = sortKey(sort, s, null, doc);
            }
        } else {
            divisions = new int[s.divisionNames().length];
            units = new int[s.unitCodes().length];
            quarters = new int[s.quarterNames().length];
            keys = new long[size];
            matching = 0;
            int[] scores = hits == null ? null : hits.scores();
            int[][] docDivisions = s.divisions();
            int[] docUnits = s.units();
            int[] docQuarters = s.quarters();
            for (int doc = 0; doc < size; doc++) {
                if (scores != null && scores[doc] < 0) {
                    continue;
                }
                int failed = filters.any ? filters.failed(doc) : 0;
                if (failed == 0) {
                    keys[matching++] = sortKey(sort, s, hits, doc);
                }
                // a facet counts the entries that pass every other filter: what choosing its value would show
                if ((failed & ~CPV) == 0) {
                    for (int division : docDivisions[doc]) {
                        divisions[division]++;
                    }
                }
                if ((failed & ~UNIT) == 0 && docUnits[doc] >= 0) {
                    units[docUnits[doc]]++;
                }
                if ((failed & ~QUARTER) == 0) {
                    quarters[docQuarters[doc]]++;
                }
            }
        }
        if (keys != null && sort != ProcurementSort.EXPECTED) {
            Arrays.sort(keys, 0, matching);
        }
        int from = Math.min(matching, (query.page() - 1) * PAGE_SIZE);
        int to = Math.min(matching, from + PAGE_SIZE);
        List<PlannedProcurement> items = new ArrayList<>(to - from);
        Map<String, String> titles = new HashMap<>();
        Map<String, String> snippets = new HashMap<>();
        Set<String> hitForms = hits == null ? Set.of() : hits.hitForms();
        for (int i = from; i < to; i++) {
            PlannedProcurement entry = s.entry(keys == null ? i : (int) keys[i]);
            items.add(entry);
            titles.put(entry.reference(), index.marked(entry.details().title(), hitForms));
            String description = entry.details().description();
            snippets.put(entry.reference(), description == null ? "" : index.snippet(description, hitForms));
        }
        return new ProcurementPage(
                items,
                matching,
                false,
                query.page(),
                PAGE_SIZE,
                titles,
                snippets,
                new ProcurementPage.Facets(
                        counted(s.divisionNames(), divisions),
                        counted(s.unitCodes(), units),
                        counted(s.quarterNames(), quarters),
                        unitNames(s, units)));
    }

    /** The document in the query's order: the sort's rank above, the document number (its expected order) below. */
    private static long sortKey(
            ProcurementSort sort, PublicSearchIndex.Snapshot s, PublicSearchIndex.Result hits, int doc) {
        return switch (sort) {
            case RELEVANCE -> PublicSearchIndex.relevanceKey(hits.scores()[doc], doc);
            case CHANGED -> (long) s.changedRank()[doc] << 32 | doc;
            case VALUE -> (long) s.valueRank()[doc] << 32 | doc;
            case EXPECTED -> doc;
        };
    }

    private static Map<String, String> unitNames(PublicSearchIndex.Snapshot s, int[] counts) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                names.put(s.unitCodes()[i], s.unitNames()[i]);
            }
        }
        return names;
    }

    private static <T> Map<T, Integer> counted(T[] names, int[] counts) {
        Map<T, Integer> counted = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                counted.put(names[i], counts[i]);
            }
        }
        return counted;
    }

    private static final int CPV = 1;
    private static final int UNIT = 2;
    private static final int QUARTER = 4;
    private static final int OTHER = 8;

    /** The query's filters, resolved once against the snapshot's numbering. */
    private static final class Filters {
        private final PublicSearchIndex.Snapshot s;
        private final ProcurementQuery query;
        private final int division;
        private final int unit;
        private final long expectedFrom;
        private final long expectedTo;
        private final boolean other;
        /** Whether the query has any filter at all: the plain list, the most requested page, has none. */
        final boolean any;

        Filters(PublicSearchIndex.Snapshot s, ProcurementQuery query) {
            this.s = s;
            this.query = query;
            this.division = query.cpvDivision() == null ? -1 : indexOf(s.divisionNames(), query.cpvDivision());
            this.unit = query.buyingUnit() == null
                    ? -1
                    : indexOf(s.unitCodes(), query.buyingUnit().toUpperCase(Locale.ROOT));
            this.expectedFrom =
                    query.expected() == null ? 0 : query.expected().from().toEpochDay();
            this.expectedTo =
                    query.expected() == null ? 0 : query.expected().to().toEpochDay();
            this.other = query.procedure() != null || query.smeOnly() || query.consortiaOnly();
            this.any = query.cpvDivision() != null
                    || query.buyingUnit() != null
                    || query.expected() != null
                    || query.valueBand() != null
                    || other;
        }

        /** Which of the query's filters the document fails, as bits ({@code 0}: it passes them all). */
        int failed(int doc) {
            int failed = 0;
            if (query.cpvDivision() != null && !contains(s.divisions()[doc], division)) {
                failed |= CPV;
            }
            if (query.buyingUnit() != null && (unit < 0 || s.units()[doc] != unit)) {
                failed |= UNIT;
            }
            if (query.expected() != null
                    && (s.expectedFrom()[doc] > expectedTo || s.expectedTo()[doc] < expectedFrom)) {
                failed |= QUARTER;
            }
            if (query.valueBand() != null && s.valueBands()[doc] != query.valueBand() || otherFails(doc)) {
                failed |= OTHER;
            }
            return failed;
        }

        private boolean otherFails(int doc) {
            if (!other) {
                return false;
            }
            ProcurementDetails d = s.entry(doc).details();
            return query.procedure() != null && d.procedure() != query.procedure()
                    || query.smeOnly() && !d.smeSuitable()
                    || query.consortiaOnly() && !d.consortiaOpen();
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }

        private static int indexOf(String[] names, String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
