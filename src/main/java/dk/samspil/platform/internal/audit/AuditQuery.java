package dk.samspil.platform.internal.audit;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Searches the audit log, newest first, one page of {@value #PAGE_SIZE} entries at a time. */
@Service
class AuditQuery {

    static final int PAGE_SIZE = 50;

    /** What to look for; {@code null} or blank means "any". Dates are whole days in Copenhagen time. */
    record Criteria(String entityType, String entityId, String actor, LocalDate from, LocalDate to) {}

    record Entry(
            long id,
            Instant occurredAt,
            String actorType,
            String actor,
            String action,
            String entityType,
            String entityId,
            Map<String, AuditLog.Change> changes) {}

    record Page(List<Entry> entries, int number, boolean hasNext) {}

    private static final TypeReference<LinkedHashMap<String, AuditLog.Change>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditQuery(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Page search(Criteria criteria, int number) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (hasText(criteria.entityType())) {
            conditions.add("entity_type = :entityType");
            params.put("entityType", criteria.entityType().strip());
        }
        if (hasText(criteria.entityId())) {
            conditions.add("entity_id = :entityId");
            params.put("entityId", criteria.entityId().strip());
        }
        if (hasText(criteria.actor())) {
            conditions.add("position(:actor IN lower(actor)) > 0");
            params.put("actor", criteria.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (criteria.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", startOf(criteria.from()));
        }
        if (criteria.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", startOf(criteria.to().plusDays(1)));
        }
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", (long) (number - 1) * PAGE_SIZE);
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        List<Entry> entries = jdbc.sql("""
                        SELECT id, occurred_at, actor_type, actor, action, entity_type, entity_id, changes
                        FROM audit_entry
                        %s
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""".formatted(where))
                .params(params)
                .query((rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_type"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        json.readValue(rs.getString("changes"), CHANGES)))
                .list();
        boolean hasNext = entries.size() > PAGE_SIZE;
        return new Page(hasNext ? entries.subList(0, PAGE_SIZE) : entries, number, hasNext);
    }

    /**
     * The entity types that occur in the log, for the type filter. Walks the (entity_type, entity_id) index one type at
     * a time instead of reading every row for a DISTINCT.
     */
    @Transactional(readOnly = true)
    List<String> entityTypes() {
        return jdbc.sql("""
                        WITH RECURSIVE types(entity_type) AS (
                            (SELECT entity_type FROM audit_entry ORDER BY entity_type LIMIT 1)
                            UNION ALL
                            SELECT (SELECT a.entity_type FROM audit_entry a WHERE a.entity_type > t.entity_type
                                    ORDER BY a.entity_type LIMIT 1)
                            FROM types t WHERE t.entity_type IS NOT NULL)
                        SELECT entity_type FROM types WHERE entity_type IS NOT NULL""").query(String.class).list();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(DanishFormats.ZONE).toInstant());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
