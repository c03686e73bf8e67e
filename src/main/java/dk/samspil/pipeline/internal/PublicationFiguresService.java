package dk.samspil.pipeline.internal;

import dk.samspil.pipeline.PublicationFigures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts entries by the moment they were first published; drafts never count, later changes do not count again. */
@Service
class PublicationFiguresService implements PublicationFigures {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private final JdbcClient jdbc;

    PublicationFiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public long entriesPublished(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) FROM planned_procurement
                        WHERE published_at >= :from AND published_at < :until AND status <> 'DRAFT'""")
                .param("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .param("until", Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query(Long.class)
                .single();
    }
}
