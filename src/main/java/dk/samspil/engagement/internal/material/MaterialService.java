package dk.samspil.engagement.internal.material;

import dk.samspil.engagement.EventMaterialPublished;
import dk.samspil.engagement.internal.files.StoredFile;
import dk.samspil.engagement.internal.files.StoredFiles;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.PlatformProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes minutes, material and answers of an event. Everything published is public at once and announced with
 * {@link EventMaterialPublished}, so every follower of the linked entries gets the same information (equal treatment).
 */
@Service
class MaterialService {

    static final String EVENT_NOT_FOUND = "engagement.material.error.eventNotFound";
    static final String EVENT_DRAFT = "engagement.material.error.draft";
    static final String QUESTION_NOT_FOUND = "engagement.material.error.questionNotFound";
    static final String ALREADY_ANSWERED = "engagement.material.error.answered";

    private static final int SUMMARY_LENGTH = 500;

    private final JdbcClient jdbc;
    private final EventDirectory events;
    private final StoredFiles files;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final PlatformProperties platform;
    private final Clock clock;

    MaterialService(
            JdbcClient jdbc,
            EventDirectory events,
            StoredFiles files,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            PlatformProperties platform,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.files = files;
        this.audit = audit;
        this.publisher = publisher;
        this.platform = platform;
        this.clock = clock;
    }

    @Transactional
    long publishMinutes(long eventId, String title, String text, String staff) {
        EventSummary event = publicEvent(eventId);
        long id = insertMaterial(event, "MINUTES", title, text, null, null, staff);
        announce(event, id, "MINUTES", title, text);
        return id;
    }

    /** Material is a file (checked against the file rules) or a link; {@code fileName} is null for a link. */
    @Transactional
    long publishMaterial(
            long eventId,
            String title,
            String description,
            String linkUrl,
            String fileName,
            byte[] content,
            String staff) {
        EventSummary event = publicEvent(eventId);
        StoredFile file = fileName == null ? null : files.store(fileName, content);
        long id = insertMaterial(event, "MATERIAL", title, description, file == null ? linkUrl : null, file, staff);
        announce(event, id, "MATERIAL", title, description);
        return id;
    }

    /** A question staff answer at once, e.g. one asked aloud at the meeting. */
    @Transactional
    long publishAnswer(long eventId, String question, String answer, String staff) {
        EventSummary event = publicEvent(eventId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO engagement_question (event_id, question, source, asked_at, answer, answered_by, answered_at)
                        VALUES (:event, :question, 'STAFF', :now, :answer, :staff, :now) RETURNING id""")
                .param("event", eventId)
                .param("question", question)
                .param("answer", answer)
                .param("staff", staff)
                .param("now", now)
                .query(Long.class)
                .single();
        audit.created("engagement_question", id, questionState(eventId, question, "STAFF", answer, staff));
        announce(event, id, "ANSWER", question, answer);
        return id;
    }

    /** A question from the public; published only once staff answer it. */
    @Transactional
    long ask(long eventId, String question) {
        publicEvent(eventId);
        long id = jdbc.sql("""
                        INSERT INTO engagement_question (event_id, question, source, asked_at)
                        VALUES (:event, :question, 'PUBLIC', :now) RETURNING id""")
                .param("event", eventId)
                .param("question", question)
                .param("now", OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        audit.created("engagement_question", id, questionState(eventId, question, "PUBLIC", null, null));
        return id;
    }

    @Transactional
    void answer(long eventId, long questionId, String answer, String staff) {
        EventSummary event = publicEvent(eventId);
        Question question = question(eventId, questionId);
        if (question.answered()) {
            throw new MaterialRejected(ALREADY_ANSWERED);
        }
        jdbc.sql("""
                        UPDATE engagement_question SET answer = :answer, answered_by = :staff, answered_at = :now
                        WHERE id = :id""")
                .param("answer", answer)
                .param("staff", staff)
                .param("now", OffsetDateTime.now(clock))
                .param("id", questionId)
                .update();
        audit.updated(
                "engagement_question",
                questionId,
                questionState(eventId, question.question(), question.source(), null, null),
                questionState(eventId, question.question(), question.source(), answer, staff));
        announce(event, questionId, "ANSWER", question.question(), answer);
    }

    /** Removes an unanswered question that should not be answered publicly (spam, personal matters). */
    @Transactional
    void deleteQuestion(long eventId, long questionId) {
        Question question = question(eventId, questionId);
        if (question.answered()) {
            throw new MaterialRejected(ALREADY_ANSWERED);
        }
        jdbc.sql("DELETE FROM engagement_question WHERE id = :id")
                .param("id", questionId)
                .update();
        audit.deleted(
                "engagement_question",
                questionId,
                questionState(eventId, question.question(), question.source(), null, null));
    }

    EventSummary event(long eventId) {
        return events.find(eventId).orElseThrow(() -> new MaterialRejected(EVENT_NOT_FOUND));
    }

    private EventSummary publicEvent(long eventId) {
        EventSummary event = event(eventId);
        if (!event.isPublic()) {
            throw new MaterialRejected(EVENT_DRAFT);
        }
        return event;
    }

    private Question question(long eventId, long questionId) {
        return jdbc.sql("""
                        SELECT id, question, source, asked_at, answer, answered_by, answered_at
                        FROM engagement_question WHERE id = :id AND event_id = :event FOR UPDATE""")
                .param("id", questionId)
                .param("event", eventId)
                .query((rs, row) -> new Question(
                        rs.getLong("id"),
                        rs.getString("question"),
                        rs.getString("source"),
                        rs.getObject("asked_at", OffsetDateTime.class),
                        rs.getString("answer"),
                        rs.getString("answered_by"),
                        rs.getObject("answered_at", OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> new MaterialRejected(QUESTION_NOT_FOUND));
    }

    private long insertMaterial(
            EventSummary event, String kind, String title, String body, String linkUrl, StoredFile file, String staff) {
        long id = jdbc.sql("""
                        INSERT INTO engagement_material (event_id, kind, title, body, link_url, file_id, published_by, published_at)
                        VALUES (:event, :kind, :title, :body, :link, :file, :staff, :now) RETURNING id""")
                .param("event", event.id())
                .param("kind", kind)
                .param("title", title)
                .param("body", body == null ? "" : body)
                .param("link", linkUrl)
                .param("file", file == null ? null : file.id())
                .param("staff", staff)
                .param("now", OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("eventId", event.id());
        state.put("kind", kind);
        state.put("title", title);
        state.put("body", body);
        state.put("linkUrl", linkUrl);
        state.put("fileId", file == null ? null : file.id());
        state.put("publishedBy", staff);
        audit.created("engagement_material", id, state);
        return id;
    }

    private void announce(EventSummary event, long id, String kind, String title, String text) {
        String summary = text == null ? "" : text.strip();
        if (summary.length() > SUMMARY_LENGTH) {
            summary = summary.substring(0, SUMMARY_LENGTH - 1) + "…";
        }
        publisher.publishEvent(new EventMaterialPublished(
                id,
                event.id(),
                event.title(),
                kind,
                title,
                summary,
                event.references(),
                platform.link("/arrangementer/" + event.id() + "/materiale#materiale-" + id)));
    }

    private static Map<String, Object> questionState(
            long eventId, String question, String source, String answer, String answeredBy) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("eventId", eventId);
        state.put("question", question);
        state.put("source", source);
        state.put("answer", answer);
        state.put("answeredBy", answeredBy);
        return state;
    }
}
