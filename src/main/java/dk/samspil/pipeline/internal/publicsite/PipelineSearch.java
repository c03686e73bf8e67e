package dk.samspil.pipeline.internal.publicsite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ValueBand;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.internal.procurement.ProcurementRepository;
import dk.samspil.platform.ExpiringCache;

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

    PipelineSearch(JdbcClient jdbc, ProcurementRepository repository, PlatformTransactionManager transactions,
                   PipelineSearchProperties properties, PublicSearchIndex index) {
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
                .query(repository::map).list()));
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
        List<PlannedProcurement> entries;
        PublicSearchIndex.Result hits = null;
        if (query.text() != null) {
            hits = index.search(query.text());
            entries = hits.entries();
        } else {
            entries = index.all();
        }
        List<PlannedProcurement> matching = new ArrayList<>();
        Map<String, Integer> divisions = new HashMap<>();
        Map<String, Integer> units = new HashMap<>();
        Map<ExpectedPeriod, Integer> quarters = new HashMap<>();
        Map<Long, PublicSearchIndex.Facts> allFacts = index.facts();
        Map<Long, PublicSearchIndex.Facts> facts = new HashMap<>();
        for (PlannedProcurement entry : entries) {
            PublicSearchIndex.Facts f = allFacts.get(entry.id());
            if (f == null) {
                f = PublicSearchIndex.Facts.of(entry);
            }
            int failed = failed(entry, query);
            if (failed == 0) {
                matching.add(entry);
                facts.put(entry.id(), f);
            }
            // a facet counts the entries that pass every other filter: what choosing its value would show
            if ((failed & ~CPV) == 0) {
                for (String division : f.divisions()) {
                    divisions.merge(division, 1, Integer::sum);
                }
            }
            if ((failed & ~UNIT) == 0 && f.unit() != null) {
                units.merge(f.unit(), 1, Integer::sum);
            }
            if ((failed & ~QUARTER) == 0) {
                quarters.merge(f.quarter(), 1, Integer::sum);
            }
        }
        matching.sort(order(query, hits, facts));
        int from = Math.min(matching.size(), (query.page() - 1) * PAGE_SIZE);
        List<PlannedProcurement> items = matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE));
        Map<String, String> titles = new HashMap<>();
        Map<String, String> snippets = new HashMap<>();
        Set<String> hitForms = hits == null ? Set.of() : hits.hitForms();
        for (PlannedProcurement entry : items) {
            titles.put(entry.reference(), index.marked(entry.details().title(), hitForms));
            String description = entry.details().description();
            snippets.put(entry.reference(), description == null ? "" : index.snippet(description, hitForms));
        }
        return new ProcurementPage(items, matching.size(), false, query.page(), PAGE_SIZE, titles, snippets,
                new ProcurementPage.Facets(divisions, units, quarters));
    }

    private static final int CPV = 1;
    private static final int UNIT = 2;
    private static final int QUARTER = 4;
    private static final int OTHER = 8;

    /** Which of the query's filters the entry fails, as bits ({@code 0}: it passes them all). */
    static int failed(PlannedProcurement entry, ProcurementQuery query) {
        ProcurementDetails d = entry.details();
        int failed = 0;
        if (query.cpvDivision() != null
                && d.cpvCodes().stream().noneMatch(code -> code.startsWith(query.cpvDivision()))) {
            failed |= CPV;
        }
        if (query.buyingUnit() != null && !query.buyingUnit().equalsIgnoreCase(entry.buyingUnitCode())) {
            failed |= UNIT;
        }
        if (query.expected() != null && (d.expectedPublication().from().isAfter(query.expected().to())
                || d.expectedPublication().to().isBefore(query.expected().from()))) {
            failed |= QUARTER;
        }
        if (query.valueBand() != null && ValueBand.of(d.value()) != query.valueBand()
                || query.procedure() != null && d.procedure() != query.procedure()
                || query.smeOnly() && !d.smeSuitable() || query.consortiaOnly() && !d.consortiaOpen()) {
            failed |= OTHER;
        }
        return failed;
    }

    private static Comparator<PlannedProcurement> order(ProcurementQuery query, PublicSearchIndex.Result hits,
                                                        Map<Long, PublicSearchIndex.Facts> facts) {
        Comparator<PlannedProcurement> expected = Comparator
                .comparingLong((PlannedProcurement p) -> facts.get(p.id()).expectedFrom())
                .thenComparingLong(PlannedProcurement::id);
        return switch (query.sort()) {
            case RELEVANCE -> Comparator.comparing((PlannedProcurement p) -> -hits.scores().getOrDefault(p.id(), 0))
                    .thenComparing(expected);
            case CHANGED -> Comparator.comparing((PlannedProcurement p) -> p.lastChangedAt(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PlannedProcurement::id,
                    Comparator.reverseOrder());
            case VALUE -> Comparator.comparing((PlannedProcurement p) -> p.details().value().reference(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(expected);
            case EXPECTED -> expected;
        };
    }
}
