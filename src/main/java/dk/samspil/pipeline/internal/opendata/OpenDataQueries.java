package dk.samspil.pipeline.internal.opendata;

import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.internal.procurement.ProcurementRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-only queries behind the open data (OCDS, feeds, public JSON API): public entries only, never drafts.
 */
@Component
class OpenDataQueries {

    /**
     * One row of the change log with the entry as it was right after the change.
     *
     * @param snapshot the full entry at that moment, as stored with the change
     */
    public record PublishedChange(
            long id,
            Instant changedAt,
            ProcurementChange.Kind kind,
            boolean material,
            String reason,
            List<FieldChange> changes,
            PlannedProcurement snapshot) {}

    /** One page of public entries and how many there are in all. */
    public record PublicPage(List<PlannedProcurement> items, long total) {}

    private static final String PUBLIC = " WHERE p.status <> 'DRAFT'";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProcurementRepository repository;

    OpenDataQueries(JdbcClient jdbc, JsonMapper json, ProcurementRepository repository) {
        this.jdbc = jdbc;
        this.json = json;
        this.repository = repository;
    }

    /** Every publication and change, oldest first: the OCDS releases. */
    @Transactional(readOnly = true)
    public List<PublishedChange> changes() {
        return jdbc.sql("SELECT id, changed_at, kind, material, reason, changes, snapshot FROM procurement_change"
                        + " ORDER BY changed_at, id")
                .query((rs, n) -> change(rs))
                .list();
    }

    /** The latest publications and changes, newest first: the Atom feed. */
    @Transactional(readOnly = true)
    public List<PublishedChange> latestChanges(int limit) {
        return jdbc.sql("SELECT id, changed_at, kind, material, reason, changes, snapshot FROM procurement_change"
                        + " ORDER BY changed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** All public entries with their lots, by expected tender publication. */
    @Transactional(readOnly = true)
    public List<PlannedProcurement> publicEntries() {
        return repository.withLots(
                jdbc.sql(ProcurementRepository.SELECT + PUBLIC + " ORDER BY p.expected_from, p.reference")
                        .query(repository::map)
                        .list());
    }

    /** A page of public entries, by expected tender publication. */
    @Transactional(readOnly = true)
    public PublicPage publicPage(int offset, int limit) {
        List<PlannedProcurement> items = repository.withLots(jdbc.sql(ProcurementRepository.SELECT + PUBLIC
                        + " ORDER BY p.expected_from, p.reference OFFSET :offset LIMIT :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(repository::map)
                .list());
        long total = jdbc.sql("SELECT count(*) FROM planned_procurement p" + PUBLIC)
                .query(Long.class)
                .single();
        return new PublicPage(items, total);
    }

    /** A public entry; drafts are as unknown as references that do not exist. */
    @Transactional(readOnly = true)
    public Optional<PlannedProcurement> publicEntry(String reference) {
        return repository
                .findByReference(reference.trim())
                .filter(p -> p.status().isPublic());
    }

    private PublishedChange change(ResultSet rs) throws SQLException {
        return new PublishedChange(
                rs.getLong("id"),
                rs.getTimestamp("changed_at").toInstant(),
                ProcurementChange.Kind.valueOf(rs.getString("kind")),
                rs.getBoolean("material"),
                rs.getString("reason"),
                json.readValue(rs.getString("changes"), new TypeReference<List<FieldChange>>() {}),
                json.readValue(rs.getString("snapshot"), PlannedProcurement.class));
    }
}
