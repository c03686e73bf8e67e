package dk.samspil.companies.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the record of CVR imports and what each did to each company, and for undoing one. */
@Repository
class CompanyImportRepository {

    /** What the register held about a company before an import changed it. */
    record Before(CvrFacts facts, String source, @Nullable String fingerprint) {}

    /** What an import compares a document with: the stored facts' fingerprint and the digest of the last line. */
    record Stored(@Nullable String fingerprint, @Nullable String documentHash) {}

    /** An import created ({@code before} is null) or changed a company. */
    record Change(String cvr, @Nullable Before before) {}

    /** One recorded import with its counts; {@code undoneAt} is set once it has been undone. */
    record ImportRecord(
            long id,
            CvrImport.Origin origin,
            @Nullable String fileName,
            String importedBy,
            Instant startedAt,
            @Nullable Instant finishedAt,
            int created,
            int changed,
            int unchanged,
            int refused,
            @Nullable Instant undoneAt,
            @Nullable String undoneBy,
            @Nullable Integer undoKept) {

        public boolean undone() {
            return undoneAt != null;
        }

        /** Not undone, and created or changed something (an unfinished import may have written some batches). */
        public boolean undoable() {
            return undoneAt == null && (finishedAt == null || created + changed > 0);
        }
    }

    /** Imports that create or change at least this many companies renew the table's planner statistics. */
    static final int ANALYZE_AFTER = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final CompanySearchTerms terms;

    CompanyImportRepository(
            JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, CompanySearchTerms terms) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.terms = terms;
    }

    long start(CvrImport.Origin origin, @Nullable String fileName, String by, Instant now) {
        return jdbc.sql("""
                        INSERT INTO company_import (origin, file_name, imported_by, started_at)
                        VALUES (:origin, :fileName, :by, :now) RETURNING id""")
                .param("origin", origin.name())
                .param(
                        "fileName",
                        fileName == null ? null : fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void finish(long id, Map<CvrImport.Outcome, Integer> counts, Instant now) {
        jdbc.sql("""
                        UPDATE company_import SET finished_at = :now, created = :created, changed = :changed,
                                                  unchanged = :unchanged, refused = :refused
                        WHERE id = :id""")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .param("created", counts.getOrDefault(CvrImport.Outcome.CREATED, 0))
                .param("changed", counts.getOrDefault(CvrImport.Outcome.CHANGED, 0))
                .param("unchanged", counts.getOrDefault(CvrImport.Outcome.UNCHANGED, 0))
                .param("refused", counts.getOrDefault(CvrImport.Outcome.REFUSED, 0))
                .update();
        if (counts.getOrDefault(CvrImport.Outcome.CREATED, 0) + counts.getOrDefault(CvrImport.Outcome.CHANGED, 0)
                >= ANALYZE_AFTER) {
            // fresh statistics at once: right after a big import the planner otherwise reads the search terms of an
            // almost empty table and scans all companies for a broad word (measured: p99 837 ms against 313 ms)
            jdbc.sql("ANALYZE company").update();
        }
    }

    /** The fingerprints and line digests of those of {@code cvrs} the register has (manual entries have neither). */
    Map<String, Stored> stored(Collection<String> cvrs) {
        if (cvrs.isEmpty()) {
            return Map.of();
        }
        Map<String, Stored> found = new HashMap<>();
        jdbc.sql("SELECT cvr, cvr_fingerprint, cvr_document_hash FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", cvrs)
                .query(rs -> {
                    found.put(
                            rs.getString("cvr"),
                            new Stored(rs.getString("cvr_fingerprint"), rs.getString("cvr_document_hash")));
                });
        return found;
    }

    /** What the register holds now about those of {@code cvrs} it has. */
    Map<String, Before> before(Collection<String> cvrs) {
        if (cvrs.isEmpty()) {
            return Map.of();
        }
        Map<String, Before> found = new HashMap<>();
        jdbc.sql("""
                        SELECT cvr, name, address, postal_code, city, municipality_code, industry_code, industry_text,
                               website, email, phone, secondary_names, p_numbers, company_form, employee_band, status,
                               advertising_protected, started, ended, source, cvr_fingerprint
                        FROM company WHERE cvr IN (:cvrs)""").param("cvrs", cvrs).query(rs -> {
            found.put(
                    rs.getString("cvr"),
                    new Before(facts(rs), rs.getString("source"), rs.getString("cvr_fingerprint")));
        });
        return found;
    }

    /** Writes the facts from CVR over whatever the register held, in one batch of statements. */
    void upsertAll(List<CvrDocuments.Parsed> all, Instant now) {
        if (all.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        MapSqlParameterSource[] rows = all.stream()
                .map(parsed -> facts(parsed.facts(), at)
                        .addValue("digest", parsed.digest())
                        .addValue("terms", terms(parsed.facts())))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate(UPSERT, rows);
    }

    /** The search terms of the facts; the company's own extra terms (tags, notes' titles) are appended in SQL. */
    private String[] terms(CvrFacts f) {
        return terms.facts(f.name(), f.secondaryNames(), f.industryText());
    }

    private static MapSqlParameterSource facts(CvrFacts f, Timestamp at) {
        return new MapSqlParameterSource()
                .addValue("cvr", f.cvr())
                .addValue("name", f.name())
                .addValue("address", f.address())
                .addValue("postalCode", f.postalCode())
                .addValue("city", f.city())
                .addValue("municipalityCode", f.municipalityCode())
                .addValue("industryCode", f.industryCode())
                .addValue("industryText", f.industryText())
                .addValue("website", f.website())
                .addValue("email", f.email())
                .addValue("phone", f.phone())
                .addValue("secondaryNames", f.secondaryNames().toArray(String[]::new))
                .addValue("pNumbers", f.pNumbers().toArray(String[]::new))
                .addValue("companyForm", f.companyForm())
                .addValue("employeeBand", f.employeeBand())
                .addValue("status", f.status())
                .addValue("advertisingProtected", f.advertisingProtected())
                .addValue("started", f.started())
                .addValue("ended", f.ended())
                .addValue("fingerprint", f.fingerprint())
                .addValue("now", at);
    }

    private static final String UPSERT = """
                INSERT INTO company (cvr, name, address, postal_code, city, municipality_code, industry_code,
                                     industry_text, website, email, phone, secondary_names, p_numbers,
                                     company_form, employee_band, status, advertising_protected, started, ended,
                                     source, cvr_fingerprint, cvr_document_hash, search_terms, created_at,
                                     updated_at)
                VALUES (:cvr, :name, :address, :postalCode, :city, :municipalityCode, :industryCode,
                        :industryText, :website, :email, :phone, CAST(:secondaryNames AS text[]),
                        CAST(:pNumbers AS text[]), :companyForm, :employeeBand, :status, :advertisingProtected,
                        :started, :ended, 'CVR', :fingerprint, :digest, CAST(:terms AS text[]), :now, :now)
                ON CONFLICT (cvr) DO UPDATE SET
                    name = EXCLUDED.name, address = EXCLUDED.address, postal_code = EXCLUDED.postal_code,
                    city = EXCLUDED.city, municipality_code = EXCLUDED.municipality_code,
                    industry_code = EXCLUDED.industry_code, industry_text = EXCLUDED.industry_text,
                    website = EXCLUDED.website, email = EXCLUDED.email, phone = EXCLUDED.phone,
                    secondary_names = EXCLUDED.secondary_names, p_numbers = EXCLUDED.p_numbers,
                    company_form = EXCLUDED.company_form, employee_band = EXCLUDED.employee_band,
                    status = EXCLUDED.status, advertising_protected = EXCLUDED.advertising_protected,
                    started = EXCLUDED.started, ended = EXCLUDED.ended, source = 'CVR',
                    cvr_fingerprint = EXCLUDED.cvr_fingerprint, cvr_document_hash = EXCLUDED.cvr_document_hash,
                    search_terms = EXCLUDED.search_terms || company.search_extra,
                    updated_at = EXCLUDED.updated_at""";

    void recordChanges(long importId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = changes.stream()
                .map(change -> new MapSqlParameterSource()
                        .addValue("import", importId)
                        .addValue("cvr", change.cvr())
                        .addValue("created", change.before() == null)
                        .addValue("before", change.before() == null ? null : json.writeValueAsString(change.before())))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO company_import_change (import_id, cvr, created, before)
                VALUES (:import, :cvr, :created, CAST(:before AS jsonb))
                ON CONFLICT (import_id, cvr) DO NOTHING""", rows);
    }

    List<ImportRecord> recent(int limit) {
        return jdbc.sql("SELECT * FROM company_import ORDER BY started_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(CompanyImportRepository::importRecord)
                .list();
    }

    Optional<ImportRecord> find(long id) {
        return jdbc.sql("SELECT * FROM company_import WHERE id = :id")
                .param("id", id)
                .query(CompanyImportRepository::importRecord)
                .optional();
    }

    /** The import, locked until the transaction ends, so two undos of it cannot run at once. */
    Optional<ImportRecord> lock(long id) {
        return jdbc.sql("SELECT * FROM company_import WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(CompanyImportRepository::importRecord)
                .optional();
    }

    /** A later import, not undone, that created or changed one of the companies this import created or changed. */
    Optional<ImportRecord> laterTouching(long id) {
        return jdbc.sql("""
                        SELECT i.* FROM company_import i
                        WHERE i.id > :id AND i.undone_at IS NULL
                          AND EXISTS (SELECT 1 FROM company_import_change later
                                        JOIN company_import_change mine ON mine.cvr = later.cvr AND mine.import_id = :id
                                       WHERE later.import_id = i.id)
                        ORDER BY i.id LIMIT 1""")
                .param("id", id)
                .query(CompanyImportRepository::importRecord)
                .optional();
    }

    List<Change> changes(long importId) {
        return jdbc.sql("SELECT cvr, before FROM company_import_change WHERE import_id = :id ORDER BY cvr")
                .param("id", importId)
                .query((rs, n) -> new Change(
                        rs.getString("cvr"),
                        rs.getString("before") == null ? null : json.readValue(rs.getString("before"), Before.class)))
                .list();
    }

    /**
     * Whether any other table refers to the company (notes, contacts, and whatever later modules add), found from the
     * database's own foreign keys so that a new reference is respected without changing this code.
     */
    boolean referenced(String cvr) {
        Optional<Long> id = jdbc.sql("SELECT id FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return false;
        }
        List<Map.Entry<String, String>> references = jdbc.sql("""
                        SELECT c.conrelid::regclass::text AS referring, a.attname AS col
                        FROM pg_constraint c
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                        WHERE c.contype = 'f' AND c.confrelid = 'company'::regclass""")
                .query((rs, n) -> Map.entry(rs.getString("referring"), rs.getString("col")))
                .list();
        for (Map.Entry<String, String> reference : references) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + reference.getKey() + " WHERE \""
                            + reference.getValue().replace("\"", "\"\"") + "\" = :id)")
                    .param("id", id.get())
                    .query(Boolean.class)
                    .single();
            if (exists) {
                return true;
            }
        }
        return false;
    }

    Optional<CvrFacts> current(String cvr) {
        Before before = before(List.of(cvr)).get(cvr);
        return Optional.ofNullable(before == null ? null : before.facts());
    }

    void delete(String cvr) {
        jdbc.sql("DELETE FROM company WHERE cvr = :cvr").param("cvr", cvr).update();
    }

    /** Puts back what the register held before an import. */
    void restore(Before before, Instant now) {
        CvrFacts f = before.facts();
        jdbc.sql("""
                        UPDATE company SET name = :name, address = :address, postal_code = :postalCode, city = :city,
                            municipality_code = :municipalityCode, industry_code = :industryCode,
                            industry_text = :industryText, website = :website, email = :email, phone = :phone,
                            secondary_names = CAST(:secondaryNames AS text[]), p_numbers = CAST(:pNumbers AS text[]),
                            company_form = :companyForm, employee_band = :employeeBand, status = :status,
                            advertising_protected = :advertisingProtected, started = :started, ended = :ended,
                            source = :source, cvr_fingerprint = :fingerprint, cvr_document_hash = NULL,
                            search_terms = CAST(:terms AS text[]) || search_extra, updated_at = :now
                        WHERE cvr = :cvr""")
                .param("cvr", f.cvr())
                .param("name", f.name())
                .param("address", f.address())
                .param("postalCode", f.postalCode())
                .param("city", f.city())
                .param("municipalityCode", f.municipalityCode())
                .param("industryCode", f.industryCode())
                .param("industryText", f.industryText())
                .param("website", f.website())
                .param("email", f.email())
                .param("phone", f.phone())
                .param("secondaryNames", f.secondaryNames().toArray(String[]::new))
                .param("pNumbers", f.pNumbers().toArray(String[]::new))
                .param("companyForm", f.companyForm())
                .param("employeeBand", f.employeeBand())
                .param("status", f.status())
                .param("advertisingProtected", f.advertisingProtected())
                .param("started", f.started())
                .param("ended", f.ended())
                .param("source", before.source())
                .param("fingerprint", before.fingerprint())
                .param("terms", terms(f))
                .param("now", Timestamp.from(now))
                .update();
    }

    void markUndone(long id, String by, int kept, Instant now) {
        jdbc.sql("UPDATE company_import SET undone_at = :now, undone_by = :by, undo_kept = :kept WHERE id = :id")
                .param("id", id)
                .param("by", by)
                .param("kept", kept)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static CvrFacts facts(ResultSet rs) throws SQLException {
        return new CvrFacts(
                rs.getString("cvr"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("municipality_code"),
                rs.getString("industry_code"),
                rs.getString("industry_text"),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("phone"),
                strings(rs.getArray("secondary_names")),
                strings(rs.getArray("p_numbers")),
                rs.getString("company_form"),
                rs.getString("employee_band"),
                rs.getString("status"),
                rs.getBoolean("advertising_protected"),
                rs.getObject("started", LocalDate.class),
                rs.getObject("ended", LocalDate.class));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static ImportRecord importRecord(ResultSet rs, int row) throws SQLException {
        return new ImportRecord(
                rs.getLong("id"),
                CvrImport.Origin.valueOf(rs.getString("origin")),
                rs.getString("file_name"),
                rs.getString("imported_by"),
                rs.getTimestamp("started_at").toInstant(),
                instant(rs.getTimestamp("finished_at")),
                rs.getInt("created"),
                rs.getInt("changed"),
                rs.getInt("unchanged"),
                rs.getInt("refused"),
                instant(rs.getTimestamp("undone_at")),
                rs.getString("undone_by"),
                (Integer) rs.getObject("undo_kept"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
