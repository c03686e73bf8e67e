package dk.samspil.pipeline.internal.procurement;

import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for planned procurements, their lots and their change log. */
@Repository
public class ProcurementRepository {

    public static final String SELECT = """
            SELECT p.*, b.code AS buying_unit_code, b.name AS buying_unit_name
            FROM planned_procurement p LEFT JOIN buying_unit b ON b.id = p.buying_unit_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EuThresholds thresholds;

    ProcurementRepository(JdbcClient jdbc, JsonMapper json, EuThresholds thresholds) {
        this.jdbc = jdbc;
        this.json = json;
        this.thresholds = thresholds;
    }

    public boolean referenceExists(String reference) {
        return jdbc.sql("SELECT count(*) FROM planned_procurement WHERE upper(reference) = upper(:reference)")
                        .param("reference", reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The highest number {@code n} of the references {@code stem + n} (ignoring case), or 0 when there is none. */
    public int highestNumber(String stem) {
        return jdbc.sql("""
                        SELECT coalesce(max(substring(reference FROM char_length(:stem) + 1)::bigint), 0)
                          FROM planned_procurement
                         WHERE upper(left(reference, char_length(:stem))) = upper(:stem)
                           AND substring(reference FROM char_length(:stem) + 1) ~ '^[0-9]{1,9}$'""").param("stem", stem).query(Long.class).single().intValue();
    }

    public long insert(String reference, ProcurementDetails details, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO planned_procurement (reference, title, description, buying_unit_id, contact_name,
                            contact_email, contact_phone, cpv_codes, nuts_code, contract_type, value_kind, value_min_dkk,
                            value_max_dkk, procedure, expected_publication, expected_from, expected_to, contract_start,
                            duration_months, options_description, sme_suitable, consortia_open, innovation_wanted,
                            market_dialogue_planned, sustainability_clauses, social_clauses, created_at, updated_at)
                        VALUES (:reference, :title, :description, :buyingUnitId, :contactName, :contactEmail,
                            :contactPhone, :cpvCodes, :nutsCode, :contractType, :valueKind, :valueMin, :valueMax,
                            :procedure, :expected, :expectedFrom, :expectedTo, :contractStart, :durationMonths,
                            :options, :sme, :consortia, :innovation, :dialogue, :sustainability, :social, :now, :now)
                        RETURNING id""")
                .paramSource(
                        detailParams(details).addValue("reference", reference).addValue("now", Timestamp.from(now)))
                .query(Long.class)
                .single();
        replaceLots(id, details.lots());
        return id;
    }

    public void update(long id, ProcurementDetails details, Instant now) {
        jdbc.sql("""
                        UPDATE planned_procurement SET title = :title, description = :description,
                            buying_unit_id = :buyingUnitId, contact_name = :contactName, contact_email = :contactEmail,
                            contact_phone = :contactPhone, cpv_codes = :cpvCodes, nuts_code = :nutsCode,
                            contract_type = :contractType, value_kind = :valueKind, value_min_dkk = :valueMin,
                            value_max_dkk = :valueMax, procedure = :procedure, expected_publication = :expected,
                            expected_from = :expectedFrom, expected_to = :expectedTo, contract_start = :contractStart,
                            duration_months = :durationMonths, options_description = :options, sme_suitable = :sme,
                            consortia_open = :consortia, innovation_wanted = :innovation,
                            market_dialogue_planned = :dialogue, sustainability_clauses = :sustainability,
                            social_clauses = :social, updated_at = :now
                        WHERE id = :id""")
                .paramSource(detailParams(details)
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", id))
                .update();
        replaceLots(id, details.lots());
    }

    public void updateStatus(long id, ProcurementStatus status, String reason, String tenderUrl, Instant now) {
        jdbc.sql("""
                        UPDATE planned_procurement SET status = :status, status_reason = :reason, tender_url = :tenderUrl,
                            updated_at = :now,
                            published_at = CASE WHEN published_at IS NULL AND :status <> 'DRAFT' THEN :now ELSE published_at END
                        WHERE id = :id""")
                .param("status", status.name())
                .param("reason", reason)
                .param("tenderUrl", tenderUrl)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Raises the version and the "last changed" time that the public list, iCalendar and Atom show. */
    public void markChanged(long id, Instant now) {
        jdbc.sql("UPDATE planned_procurement SET version = version + 1, last_changed_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The publication itself is the first change: it sets "last changed" without raising the version. */
    public void touchPublished(long id, Instant now) {
        jdbc.sql("UPDATE planned_procurement SET last_changed_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    public long insertChange(
            long procurementId,
            Instant at,
            ProcurementChange.Kind kind,
            boolean material,
            String reason,
            List<FieldChange> changes,
            Object snapshot) {
        return jdbc.sql("""
                        INSERT INTO procurement_change (procurement_id, changed_at, kind, material, reason, changes, snapshot)
                        VALUES (:id, :at, :kind, :material, :reason, CAST(:changes AS jsonb), CAST(:snapshot AS jsonb))
                        RETURNING id""")
                .param("id", procurementId)
                .param("at", Timestamp.from(at))
                .param("kind", kind.name())
                .param("material", material)
                .param("reason", reason)
                .param("changes", json.writeValueAsString(changes))
                .param("snapshot", json.writeValueAsString(snapshot))
                .query(Long.class)
                .single();
    }

    public Optional<PlannedProcurement> findByReference(String reference) {
        return jdbc.sql(SELECT + " WHERE upper(p.reference) = upper(:reference)")
                .param("reference", reference)
                .query(this::map)
                .optional()
                .map(this::withLots);
    }

    public Optional<PlannedProcurement> findById(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .map(this::withLots);
    }

    /** Loads the lots of many entries in one query, keeping the given order. */
    public List<PlannedProcurement> withLots(List<PlannedProcurement> procurements) {
        if (procurements.isEmpty()) {
            return procurements;
        }
        Map<Long, List<Lot>> lots =
                lotsOf(procurements.stream().map(PlannedProcurement::id).toList());
        return procurements.stream()
                .map(p -> withLots(p, lots.getOrDefault(p.id(), List.of())))
                .toList();
    }

    public List<ProcurementChange> history(long procurementId) {
        return jdbc.sql("""
                        SELECT id, changed_at, kind, material, reason, changes FROM procurement_change
                        WHERE procurement_id = :id ORDER BY changed_at, id""")
                .param("id", procurementId)
                .query((rs, n) -> new ProcurementChange(
                        rs.getLong("id"),
                        rs.getTimestamp("changed_at").toInstant(),
                        ProcurementChange.Kind.valueOf(rs.getString("kind")),
                        rs.getBoolean("material"),
                        rs.getString("reason"),
                        fieldChanges(rs.getString("changes"))))
                .list();
    }

    public PlannedProcurement map(ResultSet rs, int row) throws SQLException {
        ContractType type = ContractType.valueOf(rs.getString("contract_type"));
        EstimatedValue value = new EstimatedValue(
                EstimatedValue.Kind.valueOf(rs.getString("value_kind")),
                rs.getBigDecimal("value_min_dkk"),
                rs.getBigDecimal("value_max_dkk"));
        ProcurementDetails details = new ProcurementDetails(
                rs.getString("title"),
                rs.getString("description"),
                (Long) rs.getObject("buying_unit_id"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                strings(rs.getArray("cpv_codes")),
                rs.getString("nuts_code"),
                type,
                value,
                ProcurementProcedure.valueOf(rs.getString("procedure")),
                ExpectedPeriod.parse(rs.getString("expected_publication")).orElseThrow(),
                rs.getObject("contract_start", LocalDate.class),
                (Integer) rs.getObject("duration_months"),
                rs.getString("options_description"),
                rs.getBoolean("sme_suitable"),
                rs.getBoolean("consortia_open"),
                rs.getBoolean("innovation_wanted"),
                rs.getBoolean("market_dialogue_planned"),
                rs.getBoolean("sustainability_clauses"),
                rs.getBoolean("social_clauses"),
                List.of());
        return new PlannedProcurement(
                rs.getLong("id"),
                rs.getString("reference"),
                details,
                rs.getString("buying_unit_code"),
                rs.getString("buying_unit_name"),
                ProcurementStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getString("tender_url"),
                rs.getInt("version"),
                thresholds.above(type, value),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "published_at"),
                instant(rs, "last_changed_at"));
    }

    private PlannedProcurement withLots(PlannedProcurement p) {
        return withLots(p, lotsOf(List.of(p.id())).getOrDefault(p.id(), List.of()));
    }

    private static PlannedProcurement withLots(PlannedProcurement p, List<Lot> lots) {
        ProcurementDetails d = p.details();
        ProcurementDetails details = new ProcurementDetails(
                d.title(),
                d.description(),
                d.buyingUnitId(),
                d.contactName(),
                d.contactEmail(),
                d.contactPhone(),
                d.cpvCodes(),
                d.nutsCode(),
                d.contractType(),
                d.value(),
                d.procedure(),
                d.expectedPublication(),
                d.contractStart(),
                d.durationMonths(),
                d.optionsDescription(),
                d.smeSuitable(),
                d.consortiaOpen(),
                d.innovationWanted(),
                d.marketDialoguePlanned(),
                d.sustainabilityClauses(),
                d.socialClauses(),
                lots);
        return new PlannedProcurement(
                p.id(),
                p.reference(),
                details,
                p.buyingUnitCode(),
                p.buyingUnitName(),
                p.status(),
                p.statusReason(),
                p.tenderUrl(),
                p.version(),
                p.aboveEuThreshold(),
                p.createdAt(),
                p.updatedAt(),
                p.publishedAt(),
                p.lastChangedAt());
    }

    private Map<Long, List<Lot>> lotsOf(Collection<Long> ids) {
        Map<Long, List<Lot>> lots = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT procurement_id, lot_number, title, cpv_code, value_dkk, sme_suitable FROM procurement_lot
                        WHERE procurement_id = ANY(:ids) ORDER BY procurement_id, lot_number""").param("ids", ids.toArray(Long[]::new)).query(rs -> {
            lots.computeIfAbsent(rs.getLong("procurement_id"), k -> new ArrayList<>())
                    .add(new Lot(
                            rs.getInt("lot_number"),
                            rs.getString("title"),
                            rs.getString("cpv_code"),
                            rs.getBigDecimal("value_dkk"),
                            rs.getBoolean("sme_suitable")));
        });
        return lots;
    }

    private void replaceLots(long id, List<Lot> lots) {
        jdbc.sql("DELETE FROM procurement_lot WHERE procurement_id = :id")
                .param("id", id)
                .update();
        for (Lot lot : lots) {
            jdbc.sql("""
                            INSERT INTO procurement_lot (procurement_id, lot_number, title, cpv_code, value_dkk, sme_suitable)
                            VALUES (:id, :number, :title, :cpv, :value, :sme)""")
                    .param("id", id)
                    .param("number", lot.number())
                    .param("title", lot.title())
                    .param("cpv", blankToNull(lot.cpvCode()))
                    .param("value", lot.valueDkk())
                    .param("sme", lot.smeSuitable())
                    .update();
        }
    }

    private static MapSqlParameterSource detailParams(ProcurementDetails d) {
        var params = new MapSqlParameterSource();
        params.addValue("title", d.title().trim());
        params.addValue(
                "description", d.description() == null ? "" : d.description().trim());
        params.addValue("buyingUnitId", d.buyingUnitId());
        params.addValue("contactName", blankToNull(d.contactName()));
        params.addValue("contactEmail", blankToNull(d.contactEmail()));
        params.addValue("contactPhone", blankToNull(d.contactPhone()));
        params.addValue("cpvCodes", d.cpvCodes().toArray(String[]::new));
        params.addValue("nutsCode", blankToNull(d.nutsCode()));
        params.addValue("contractType", d.contractType().name());
        params.addValue("valueKind", d.value().kind().name());
        params.addValue("valueMin", d.value().min());
        params.addValue("valueMax", d.value().max());
        params.addValue("procedure", d.procedure().name());
        params.addValue("expected", d.expectedPublication().code());
        params.addValue("expectedFrom", d.expectedPublication().from());
        params.addValue("expectedTo", d.expectedPublication().to());
        params.addValue("contractStart", d.contractStart());
        params.addValue("durationMonths", d.durationMonths());
        params.addValue("options", blankToNull(d.optionsDescription()));
        params.addValue("sme", d.smeSuitable());
        params.addValue("consortia", d.consortiaOpen());
        params.addValue("innovation", d.innovationWanted());
        params.addValue("dialogue", d.marketDialoguePlanned());
        params.addValue("sustainability", d.sustainabilityClauses());
        params.addValue("social", d.socialClauses());
        return params;
    }

    private List<FieldChange> fieldChanges(String text) {
        return json.readValue(text, new TypeReference<List<FieldChange>>() {});
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
