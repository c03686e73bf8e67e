package dk.samspil.pipeline.internal.procurement;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementSnapshot;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole lists of entries with their lots, for the plan export and the public CSV/XLSX files, and the entries whose
 * tender is expected on a given day (for reminders): the {@link ProcurementExtracts} in SQL.
 */
@Service
class JdbcProcurementExtracts implements ProcurementExtracts {

    private final JdbcClient jdbc;
    private final ProcurementRepository repository;

    JdbcProcurementExtracts(JdbcClient jdbc, ProcurementRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** Every entry, drafts included, by reference. */
    @Transactional(readOnly = true)
    @Override
    public List<PlannedProcurement> all() {
        return repository.withLots(jdbc.sql(ProcurementRepository.SELECT + " ORDER BY upper(p.reference)")
                .query(repository::map)
                .list());
    }

    /** Public entries (everything but drafts), by expected tender publication and reference. */
    @Transactional(readOnly = true)
    @Override
    public List<PlannedProcurement> published() {
        return repository.withLots(jdbc.sql(ProcurementRepository.SELECT
                        + " WHERE p.status <> 'DRAFT' ORDER BY p.expected_from, upper(p.reference)")
                .query(repository::map)
                .list());
    }

    /**
     * Current public entries (neither drafts nor cancelled or awarded) as snapshots, by reference: what an alert's
     * match preview counts. Their change id is 0.
     */
    @Transactional(readOnly = true)
    @Override
    public List<ProcurementSnapshot> current() {
        return repository
                .withLots(jdbc.sql(
                                ProcurementRepository.SELECT
                                        + " WHERE p.status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED') ORDER BY upper(p.reference)")
                        .query(repository::map)
                        .list())
                .stream()
                .map(p -> Procurements.snapshot(p, 0))
                .toList();
    }

    /**
     * Entries still expected (published or in market dialogue) whose expected tender publication starts on
     * {@code date}, as snapshots of their latest change.
     */
    @Transactional(readOnly = true)
    @Override
    public List<ProcurementSnapshot> expectedFrom(LocalDate date) {
        List<PlannedProcurement> entries = repository.withLots(jdbc.sql(ProcurementRepository.SELECT + """
                         WHERE p.status IN ('PUBLISHED', 'MARKET_DIALOGUE') AND p.expected_from = :date
                        ORDER BY upper(p.reference)""")
                .param("date", date)
                .query(repository::map)
                .list());
        return entries.stream()
                .map(p -> Procurements.snapshot(p, latestChange(p.id())))
                .toList();
    }

    private long latestChange(long procurementId) {
        return jdbc.sql("SELECT max(id) FROM procurement_change WHERE procurement_id = :id")
                .param("id", procurementId)
                .query(Long.class)
                .single();
    }
}
