package dk.samspil.pipeline.internal.publicsite;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.internal.procurement.ProcurementRepository;
import dk.samspil.platform.ExpiringCache;

/**
 * The public list of planned procurements: search with Danish full text, filters, sorting and pages of
 * {@value #PAGE_SIZE}. Result pages are kept for a few seconds ({@link PipelineSearchProperties}) because the public
 * list is read far more often than the plan changes; a publication or change on this instance empties the cache at
 * once, other instances see it within the cache time.
 */
@Service
class PipelineSearch {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final ProcurementRepository repository;
    private final TransactionTemplate readOnly;
    private final ExpiringCache<ProcurementQuery, ProcurementPage> cache;

    PipelineSearch(JdbcClient jdbc, ProcurementRepository repository, PlatformTransactionManager transactions,
                   PipelineSearchProperties properties) {
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
        return readOnly.execute(status -> {
            SearchSql sql = new SearchSql(query);
            List<PlannedProcurement> items = jdbc.sql(sql.page(PAGE_SIZE)).paramSource(sql.params())
                    .query(repository::map).list();
            long total;
            if (query.page() == 1 && items.size() < PAGE_SIZE) {
                total = items.size();
            } else {
                total = jdbc.sql(sql.cappedCount()).paramSource(sql.params()).query(Long.class).single();
            }
            return new ProcurementPage(repository.withLots(items), total, total >= ProcurementPage.COUNT_LIMIT,
                    query.page(), PAGE_SIZE);
        });
    }
}
