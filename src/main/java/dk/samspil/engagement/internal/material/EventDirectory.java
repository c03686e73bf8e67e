package dk.samspil.engagement.internal.material;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads events and their linked entries from the engagement event tables. */
@Component
class EventDirectory {

    private final JdbcClient jdbc;

    EventDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EventSummary> find(long id) {
        return jdbc.sql("SELECT id, title, status, starts_at FROM engagement_event WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new EventSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        references(id)))
                .optional();
    }

    /** The public events linked to an entry, latest first. */
    List<EventSummary> publicEventsOf(String reference) {
        return jdbc.sql("""
                        SELECT e.id, e.title, e.status, e.starts_at FROM engagement_event e
                        JOIN engagement_event_procurement p ON p.event_id = e.id
                        WHERE upper(p.procurement_reference) = upper(:reference) AND e.status <> 'DRAFT'
                        ORDER BY e.starts_at DESC""")
                .param("reference", reference)
                .query((rs, row) -> new EventSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        List.of()))
                .list();
    }

    private List<String> references(long eventId) {
        return jdbc.sql("""
                        SELECT procurement_reference FROM engagement_event_procurement WHERE event_id = :id
                        ORDER BY procurement_reference""").param("id", eventId).query(String.class).list();
    }
}
