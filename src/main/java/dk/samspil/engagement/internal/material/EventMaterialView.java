package dk.samspil.engagement.internal.material;

import dk.samspil.engagement.internal.files.FileKind;
import dk.samspil.engagement.internal.files.StoredFile;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published material as the public sees it, for the event page, the material page and the page of every linked
 * pipeline entry ({@link EntryMaterial}). Unanswered questions never appear.
 */
@Component
public class EventMaterialView {

    private final JdbcClient jdbc;
    private final EventDirectory events;

    EventMaterialView(JdbcClient jdbc, EventDirectory events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The material of a public event; empty for drafts and unknown events. */
    public Optional<EventMaterial> forEvent(long eventId) {
        return events.find(eventId).filter(EventSummary::isPublic).map(this::materialOf);
    }

    /** The material of every public event linked to the entry, latest event first; events without any are left out. */
    public List<EventMaterial> forEntry(String reference) {
        return events.publicEventsOf(reference).stream()
                .map(this::materialOf)
                .filter(material -> !material.isEmpty())
                .toList();
    }

    /** Of the given events, those with published minutes, material or answers (for the list of past events). */
    public Set<Long> withMaterial(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT event_id FROM engagement_material WHERE event_id IN (:ids)
                        UNION
                        SELECT event_id FROM engagement_question WHERE event_id IN (:ids) AND answer IS NOT NULL""")
                .param("ids", List.copyOf(eventIds))
                .query(Long.class)
                .list());
    }

    /** The file of a published material item of a public event. */
    Optional<StoredFile> publicFile(long eventId, long materialId) {
        return forEvent(eventId).stream()
                .flatMap(material -> material.material().stream())
                .filter(item -> item.id() == materialId && item.file() != null)
                .map(EventMaterial.Item::file)
                .findFirst();
    }

    EventMaterial materialOf(EventSummary event) {
        List<EventMaterial.Item> items = jdbc.sql("""
                        SELECT m.id, m.kind, m.title, m.body, m.link_url, m.published_at,
                               f.id AS file_id, f.file_name, f.kind AS file_kind, f.size_bytes
                        FROM engagement_material m LEFT JOIN engagement_file f ON f.id = m.file_id
                        WHERE m.event_id = :event ORDER BY m.published_at, m.id""")
                .param("event", event.id())
                .query((rs, row) -> new EventMaterial.Item(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("link_url"),
                        rs.getObject("file_id") == null
                                ? null
                                : new StoredFile(
                                        rs.getLong("file_id"),
                                        rs.getString("file_name"),
                                        FileKind.valueOf(rs.getString("file_kind")),
                                        rs.getLong("size_bytes")),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
        List<EventMaterial.Answer> answers = jdbc.sql("""
                        SELECT id, question, answer, answered_at FROM engagement_question
                        WHERE event_id = :event AND answer IS NOT NULL ORDER BY answered_at, id""")
                .param("event", event.id())
                .query((rs, row) -> new EventMaterial.Answer(
                        rs.getLong("id"),
                        rs.getString("question"),
                        rs.getString("answer"),
                        rs.getObject("answered_at", OffsetDateTime.class)))
                .list();
        return new EventMaterial(
                event.id(),
                event.title(),
                event.startsAt(),
                items.stream().filter(item -> item.kind().equals("MINUTES")).toList(),
                items.stream().filter(item -> item.kind().equals("MATERIAL")).toList(),
                answers);
    }

    /** Every question of the event, unanswered ones first, for staff. */
    List<Question> questions(long eventId) {
        return jdbc.sql("""
                        SELECT id, question, source, asked_at, answer, answered_by, answered_at
                        FROM engagement_question WHERE event_id = :event
                        ORDER BY answer IS NOT NULL, asked_at, id""")
                .param("event", eventId)
                .query((rs, row) -> new Question(
                        rs.getLong("id"),
                        rs.getString("question"),
                        rs.getString("source"),
                        rs.getObject("asked_at", OffsetDateTime.class),
                        rs.getString("answer"),
                        rs.getString("answered_by"),
                        rs.getObject("answered_at", OffsetDateTime.class)))
                .list();
    }
}
