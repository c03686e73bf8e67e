package dk.samspil.tendernews.internal;

import dk.samspil.tendernews.GuidanceFigures;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the guidance log by contact date. */
@Service
class GuidanceFiguresService implements GuidanceFigures {

    private final JdbcClient jdbc;

    GuidanceFiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Guidance guidance(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) AS contacts, count(*) FILTER (WHERE passed_to_provider) AS passed
                        FROM tender_guidance WHERE contacted_on BETWEEN :from AND :to""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new Guidance(rs.getLong("contacts"), rs.getLong("passed")))
                .single();
    }
}
