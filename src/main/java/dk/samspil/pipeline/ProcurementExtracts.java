package dk.samspil.pipeline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whole lists of entries with their lots, for the plan export and the public CSV/XLSX files. */
@Service
public class ProcurementExtracts {

    private final JdbcClient jdbc;
    private final ProcurementRepository repository;

    ProcurementExtracts(JdbcClient jdbc, ProcurementRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** Every entry, drafts included, by reference. */
    @Transactional(readOnly = true)
    public List<PlannedProcurement> all() {
        return repository.withLots(jdbc.sql(ProcurementRepository.SELECT + " ORDER BY upper(p.reference)")
                .query(repository::map).list());
    }

    /** Public entries (everything but drafts), by expected tender publication and reference. */
    @Transactional(readOnly = true)
    public List<PlannedProcurement> published() {
        return repository.withLots(jdbc.sql(ProcurementRepository.SELECT
                        + " WHERE p.status <> 'DRAFT' ORDER BY p.expected_from, upper(p.reference)")
                .query(repository::map).list());
    }
}
