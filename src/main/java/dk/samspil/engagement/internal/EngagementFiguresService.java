package dk.samspil.engagement.internal;

import dk.samspil.engagement.EngagementFigures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts from the engagement tables; an event is held once it has started, unless it was cancelled. */
@Service
class EngagementFiguresService implements EngagementFigures {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private final JdbcClient jdbc;
    private final Clock clock;

    EngagementFiguresService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }

    @Override
    @Transactional(readOnly = true)
    public Interests interests(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) AS interests, count(*) FILTER (WHERE partner_sought) AS seekers
                        FROM engagement_interest
                        WHERE status = 'CONFIRMED' AND confirmed_at >= :from AND confirmed_at < :until""")
                .param("from", start(from))
                .param("until", start(to.plusDays(1)))
                .query((rs, n) -> new Interests(rs.getLong("interests"), rs.getLong("seekers")))
                .single();
    }

    @Override
    public Held marketDialogues(LocalDate from, LocalDate to) {
        return held("MARKET_DIALOGUE", from, to);
    }

    @Override
    public Held opiWorkshops(LocalDate from, LocalDate to) {
        return held("OPI_WORKSHOP", from, to);
    }

    @Transactional(readOnly = true)
    Held held(String type, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) AS held,
                               coalesce(sum((SELECT sum(r.participants) FROM engagement_registration r
                                             WHERE r.event_id = e.id AND r.status = 'CONFIRMED')), 0) AS participants
                        FROM engagement_event e
                        WHERE e.type = :type AND e.status = 'PUBLISHED'
                          AND e.starts_at >= :from AND e.starts_at < :until AND e.starts_at <= :now""")
                .param("type", type)
                .param("from", start(from))
                .param("until", start(to.plusDays(1)))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Held(rs.getLong("held"), rs.getLong("participants")))
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public long opiIdeas(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM engagement_idea WHERE submitted_at >= :from AND submitted_at < :until")
                .param("from", start(from))
                .param("until", start(to.plusDays(1)))
                .query(Long.class)
                .single();
    }
}
