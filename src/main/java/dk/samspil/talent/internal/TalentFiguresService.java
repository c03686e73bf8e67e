package dk.samspil.talent.internal;

import dk.samspil.talent.TalentFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts hired applications (by the quarter they were marked) and opportunities closed with a result (by the quarter
 * they were closed); an opportunity aimed at two fields counts in each.
 */
@Service
class TalentFiguresService implements TalentFigures {

    private final JdbcClient jdbc;

    TalentFiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Count> counts(Dimension dimension) {
        String key = switch (dimension) {
            case FIELD -> "unnest(o.fields)";
            case INSTITUTION ->
                "unnest(CASE WHEN cardinality(o.institutions) = 0 THEN ARRAY['-'] ELSE o.institutions END)";
            case INDUSTRY -> "coalesce(o.industry_text, '-')";
            case QUARTER -> "to_char(e.at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-\"Q\"Q')";
        };
        return jdbc.sql("""
                        WITH events AS (
                            SELECT a.opportunity_id AS id, a.status_at AS at, 1 AS hired, 0 AS fulfilled
                            FROM talent_application a WHERE a.status = 'HIRED'
                            UNION ALL
                            SELECT o.id, o.closed_at, 0, 1 FROM talent_opportunity o
                            WHERE o.status = 'CLOSED' AND o.outcome <> 'NONE'),
                        keyed AS (
                            SELECT %s AS key, e.hired, e.fulfilled
                            FROM events e JOIN talent_opportunity o ON o.id = e.id)
                        SELECT key, sum(hired) AS hired, sum(fulfilled) AS fulfilled FROM keyed
                        GROUP BY key ORDER BY key""".formatted(key))
                .query((rs, n) -> new Count(rs.getString("key"), rs.getLong("hired"), rs.getLong("fulfilled")))
                .list();
    }
}
