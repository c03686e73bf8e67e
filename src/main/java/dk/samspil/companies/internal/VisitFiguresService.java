package dk.samspil.companies.internal;

import dk.samspil.companies.VisitFigures;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts visit notes by their visit date; an anonymised note still counts as the visit it was. */
@Service
class VisitFiguresService implements VisitFigures {

    private final JdbcClient jdbc;

    VisitFiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Visits visits(LocalDate from, LocalDate to) {
        Map<String, Long> byTopic = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            byTopic.put(topic.name(), 0L);
        }
        jdbc.sql("""
                        SELECT t.topic, count(*) AS n FROM company_note n, unnest(n.topics) AS t(topic)
                        WHERE n.visit_date BETWEEN :from AND :to GROUP BY t.topic""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> byTopic.put(rs.getString("topic"), rs.getLong("n")))
                .list();
        return jdbc.sql("""
                        SELECT count(*) AS visits, count(DISTINCT company_id) AS companies FROM company_note
                        WHERE visit_date BETWEEN :from AND :to""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new Visits(rs.getLong("visits"), rs.getLong("companies"), byTopic))
                .single();
    }
}
