package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officers' list: every entry, drafts included, filtered, sorted and a page at a time. */
@Repository
class StaffListQuery {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    StaffListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            String reference,
            String title,
            String buyingUnitName,
            ProcurementStatus status,
            ExpectedPeriod expectedPublication,
            Instant lastChanged) {}

    record Page(List<Row> rows, long total, int number) {

        public boolean hasNext() {
            return (long) number * PAGE_SIZE < total;
        }

        public int lastNumber() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** Free text is matched as a plain substring of title or reference: no pattern characters, any input is safe. */
    Page find(StaffListFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unit() != null) {
            conditions.add("p.buying_unit_id = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.text() != null) {
            conditions.add(
                    "(strpos(lower(p.title), lower(:text)) > 0 OR strpos(lower(p.reference), lower(:text)) > 0)");
            params.put("text", filter.text());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM planned_procurement p" + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = filter.sort() == StaffListFilter.Sort.CHANGED
                ? "coalesce(p.last_changed_at, p.updated_at) DESC, p.id DESC"
                : "p.expected_from, p.id";
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) (filter.page() - 1) * PAGE_SIZE);
        List<Row> rows = jdbc.sql("""
                        SELECT p.reference, p.title, b.name AS buying_unit_name, p.status, p.expected_publication,
                               coalesce(p.last_changed_at, p.updated_at) AS last_changed
                        FROM planned_procurement p LEFT JOIN buying_unit b ON b.id = p.buying_unit_id""" + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getString("reference"),
                        rs.getString("title"),
                        rs.getString("buying_unit_name"),
                        ProcurementStatus.valueOf(rs.getString("status")),
                        ExpectedPeriod.parse(rs.getString("expected_publication"))
                                .orElseThrow(),
                        instant(rs.getTimestamp("last_changed"))))
                .list();
        return new Page(rows, total, filter.page());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
