package dk.samspil.companies.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for finding companies by a filter, and for keeping their search terms and tags. */
@Repository
class CompanySearchRepository {

    private static final String COLUMNS = """
            c.cvr, c.name, c.address, c.postal_code, c.city, c.municipality_code, c.industry_code, c.industry_text,
            c.employee_band, c.website, c.email, c.phone, c.advertising_protected, c.tags""";

    /** A filter turned into SQL: the condition after WHERE and its parameters. */
    record Where(String sql, MapSqlParameterSource params) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    CompanySearchRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * @param words       for each query word its forms, one of which a company must have
     * @param cvr         a CVR number the query is, or {@code null}
     * @param interested  the CVR numbers interested in the filter's CPV area, or {@code null} when it has none
     * @param sharings    the sharings of the notes that count as visits for the viewer
     */
    Where where(
            CompanyFilter filter,
            List<List<String>> words,
            @Nullable String cvr,
            @Nullable Collection<String> interested,
            List<String> sharings,
            LocalDate today) {
        StringBuilder sql = new StringBuilder("TRUE");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (!words.isEmpty() || cvr != null) {
            StringBuilder text = new StringBuilder(words.isEmpty() ? "FALSE" : "TRUE");
            for (int i = 0; i < words.size(); i++) {
                text.append(" AND c.search_terms && CAST(:w").append(i).append(" AS text[])");
                params.addValue("w" + i, words.get(i).toArray(String[]::new));
            }
            if (cvr != null) {
                sql.append(" AND (c.cvr = :cvr OR (").append(text).append("))");
                params.addValue("cvr", cvr);
            } else {
                sql.append(" AND ").append(text);
            }
        }
        if (filter.industry() != null) {
            sql.append(" AND c.industry_code LIKE :industry");
            params.addValue("industry", filter.industry() + "%");
        }
        if (filter.employeeBand() != null) {
            sql.append(" AND c.employee_band = :band");
            params.addValue("band", filter.employeeBand());
        }
        if (filter.municipalityCode() != null) {
            sql.append(" AND c.municipality_code = :municipality");
            params.addValue("municipality", filter.municipalityCode());
        }
        if (filter.postalCode() != null) {
            sql.append(" AND c.postal_code = :postalCode");
            params.addValue("postalCode", filter.postalCode());
        }
        if (filter.tags() != null && !filter.tags().isEmpty()) {
            sql.append(" AND c.tags @> CAST(:tags AS text[])");
            params.addValue("tags", filter.tags().toArray(String[]::new));
        }
        if (filter.months() != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM company_note n WHERE n.company_id = c.id AND n.visit_date >= :since
                                 AND n.visit_date <= :today AND n.shared_with IN (:sharings))""");
            params.addValue("since", today.minusMonths(filter.months()))
                    .addValue("today", today)
                    .addValue("sharings", sharings);
        }
        if (interested != null) {
            sql.append(interested.isEmpty() ? " AND FALSE" : " AND c.cvr = ANY (CAST(:interested AS text[]))");
            params.addValue("interested", interested.toArray(String[]::new));
        }
        return new Where(sql.toString(), params);
    }

    List<CompanyRow> page(Where where, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource(where.params().getValues())
                .addValue("offset", offset)
                .addValue("limit", limit);
        return named.query(
                "SELECT " + COLUMNS + " FROM company c WHERE " + where.sql()
                        + " ORDER BY lower(c.name), c.cvr OFFSET :offset LIMIT :limit",
                params,
                CompanySearchRepository::row);
    }

    /** One page and how many match in all, in one pass over the matches (the window count). */
    record Found(List<CompanyRow> rows, long total) {}

    Found pageWithTotal(Where where, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource(where.params().getValues())
                .addValue("offset", offset)
                .addValue("limit", limit);
        long[] total = {-1};
        List<CompanyRow> rows = named.query(
                "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM company c WHERE " + where.sql()
                        + " ORDER BY lower(c.name), c.cvr OFFSET :offset LIMIT :limit",
                params,
                (rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs, n);
                });
        if (total[0] < 0) {
            return new Found(rows, offset == 0 ? 0 : count(where));
        }
        return new Found(rows, total[0]);
    }

    /** The companies of these ids, in the ids' order (a company deleted meanwhile is left out). */
    List<CompanyRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CompanyRow> byId = new HashMap<>();
        named.query(
                "SELECT c.id, " + COLUMNS + " FROM company c WHERE c.id IN (:ids)",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    byId.put(rs.getLong("id"), row(rs, 0));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    long count(Where where) {
        Long count =
                named.queryForObject("SELECT count(*) FROM company c WHERE " + where.sql(), where.params(), Long.class);
        return count == null ? 0 : count;
    }

    List<String> cvrs(Where where) {
        return named.queryForList(
                "SELECT c.cvr FROM company c WHERE " + where.sql() + " ORDER BY c.cvr", where.params(), String.class);
    }

    /** The employee bands the register holds, in CVR's order. */
    List<String> employeeBands() {
        return jdbc
                .sql("SELECT DISTINCT employee_band FROM company WHERE employee_band IS NOT NULL")
                .query(String.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(CompanySearch::bandStart)
                        .thenComparing(b -> b))
                .toList();
    }

    /** The tags in use, most used first. */
    List<String> tagsInUse(int limit) {
        return jdbc.sql("""
                        SELECT tag FROM (SELECT unnest(tags) AS tag FROM company) t
                        GROUP BY tag ORDER BY count(*) DESC, tag LIMIT :limit""").param("limit", limit).query(String.class).list();
    }

    List<String> tags(long companyId) {
        return jdbc.sql("SELECT tags FROM company WHERE id = :id")
                .param("id", companyId)
                .query((rs, n) -> strings(rs.getArray("tags")))
                .single();
    }

    void setTags(long companyId, List<String> tags) {
        jdbc.sql("UPDATE company SET tags = CAST(:tags AS text[]) WHERE id = :id")
                .param("tags", tags.toArray(String[]::new))
                .param("id", companyId)
                .update();
    }

    /** What the company's terms are made of: its facts, tags and (not anonymised) notes' titles. */
    record Sources(
            long id,
            String name,
            List<String> secondaryNames,
            @Nullable String industryText,
            List<String> tags,
            List<String> noteTitles) {}

    List<Sources> sources(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.id, c.name, c.secondary_names, c.industry_text, c.tags,
                               ARRAY(SELECT n.title FROM company_note n
                                     WHERE n.company_id = c.id AND n.anonymised_at IS NULL AND n.title <> ''
                                     ORDER BY n.id) AS titles
                        FROM company c WHERE c.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new Sources(
                        rs.getLong("id"),
                        rs.getString("name"),
                        strings(rs.getArray("secondary_names")),
                        rs.getString("industry_text"),
                        strings(rs.getArray("tags")),
                        strings(rs.getArray("titles"))))
                .list();
    }

    /** A company's new terms: those of its facts and those of what staff wrote. */
    record Terms(long companyId, String[] facts, String[] extra) {}

    /** Writes the companies' terms in one batch of statements. */
    void setTerms(List<Terms> all) {
        if (all.isEmpty()) {
            return;
        }
        named.batchUpdate(
                """
                        UPDATE company SET search_extra = CAST(:extra AS text[]),
                                           search_terms = CAST(:facts AS text[]) || CAST(:extra AS text[])
                        WHERE id = :id""",
                all.stream()
                        .map(t -> new MapSqlParameterSource()
                                .addValue("facts", t.facts())
                                .addValue("extra", t.extra())
                                .addValue("id", t.companyId()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Up to {@code limit} companies whose terms were never worked out. */
    List<Long> withoutTerms(int limit) {
        return jdbc.sql("SELECT id FROM company WHERE search_terms IS NULL ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    private static CompanyRow row(ResultSet rs, int n) throws SQLException {
        return new CompanyRow(
                rs.getString("cvr"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("municipality_code"),
                rs.getString("industry_code"),
                rs.getString("industry_text"),
                rs.getString("employee_band"),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("advertising_protected"),
                strings(rs.getArray("tags")));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
