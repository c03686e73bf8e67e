package dk.samspil.networks.internal;

import dk.samspil.networks.NetworkFigures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting is held once it has started, unless it was cancelled; its participants are those marked present. */
@Service
class NetworkFiguresService implements NetworkFigures {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private final JdbcClient jdbc;
    private final Clock clock;

    NetworkFiguresService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Held held(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) AS meetings,
                               coalesce(sum((SELECT count(*) FROM network_invitation i
                                             WHERE i.meeting_id = m.id AND i.attended)), 0) AS participants
                        FROM network_meeting m
                        WHERE m.status = 'PLANNED' AND m.starts_at >= :from AND m.starts_at < :until
                          AND m.starts_at <= :now""")
                .param("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .param("until", Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Held(rs.getLong("meetings"), rs.getLong("participants")))
                .single();
    }
}
