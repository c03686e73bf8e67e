package dk.samspil.alerts.internal;

import dk.samspil.alerts.AlertFigures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the deliveries queued into the outbox: one outbox message per mail, skipped deliveries never count. */
@Service
class AlertFiguresService implements AlertFigures {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private final JdbcClient jdbc;

    AlertFiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Sent sent(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(DISTINCT d.outbox_id) AS mails,
                               count(DISTINCT coalesce('cvr:' || s.company_cvr, 'sub:' || s.id)) AS companies
                        FROM alert_delivery d JOIN alert_subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'QUEUED' AND d.queued_at >= :from AND d.queued_at < :until""")
                .param("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .param("until", Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query((rs, n) -> new Sent(rs.getLong("mails"), rs.getLong("companies")))
                .single();
    }
}
