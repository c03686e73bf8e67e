package dk.samspil.engagement.internal.ideas;

import dk.samspil.engagement.internal.files.FileKind;
import dk.samspil.engagement.internal.files.StoredFile;
import dk.samspil.engagement.internal.files.StoredFiles;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.MailThrottle;
import dk.samspil.platform.OutgoingMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OPI ideas: submitted by the public with a receipt mail, handled by staff (tags, internal comments, a public
 * response, status), deleted by the submitter through a signed link, and stripped of contact data some time after
 * closing. Every change is audited.
 */
@Service
class IdeaService {

    /** Filters of the staff list; {@code null} means any. */
    record Filter(IdeaStatus status, String tag, Long eventId, String theme) {}

    record Row(
            long id, String title, String subject, IdeaStatus status, OffsetDateTime submittedAt, List<String> tags) {}

    /** An idea as the public sees it on the OPI page: never contact data. */
    record Published(long id, String title, String subject, String publicResponse, boolean takenForward) {}

    static final int MAX_TAG = 60;

    private static final String SELECT_IDEA = """
            SELECT i.*, e.title AS event_title, f.file_name, f.kind AS file_kind, f.size_bytes
            FROM engagement_idea i
            LEFT JOIN engagement_event e ON e.id = i.event_id
            LEFT JOIN engagement_file f ON f.id = i.file_id
            """;

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final AuditLog audit;
    private final MailOutbox outbox;
    private final MailThrottle throttle;
    private final MessageSource messages;
    private final IdeaLinks links;
    private final IdeasProperties properties;
    private final Clock clock;

    IdeaService(
            JdbcClient jdbc,
            StoredFiles files,
            AuditLog audit,
            MailOutbox outbox,
            MailThrottle throttle,
            MessageSource messages,
            IdeaLinks links,
            IdeasProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
        this.outbox = outbox;
        this.throttle = throttle;
        this.messages = messages;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the idea (and its attachment, checked against the file rules) and mails the receipt: at most one per
     * address and workshop or theme per {@code samspil.mail-throttle.interval} ({@link MailThrottle}).
     */
    @Transactional
    long submit(IdeaSubmission idea, String fileName, byte[] content, Locale locale) {
        StoredFile file = fileName == null ? null : files.store(fileName, content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO engagement_idea (event_id, theme, title, description, improves_citizens,
                            improves_staff, contact_name, company_name, cvr, email, phone, consent_text, file_id,
                            submitted_at, updated_at)
                        VALUES (:event, :theme, :title, :description, :citizens, :staff, :name, :company, :cvr,
                            :email, :phone, :consent, :file, :now, :now) RETURNING id""")
                .param("event", idea.eventId())
                .param("theme", idea.theme())
                .param("title", idea.title())
                .param("description", idea.description())
                .param("citizens", idea.improvesCitizens())
                .param("staff", idea.improvesStaff())
                .param("name", idea.contactName())
                .param("company", idea.companyName())
                .param("cvr", idea.cvr())
                .param("email", idea.email())
                .param("phone", idea.phone())
                .param("consent", idea.consentText())
                .param("file", file == null ? null : file.id())
                .param("now", now)
                .query(Long.class)
                .single();
        Idea stored = find(id).orElseThrow();
        audit.created("engagement_idea", id, stored.state());
        String topic = idea.eventId() != null ? "event-" + idea.eventId() : "theme-" + idea.theme();
        if (!throttle.tryAcquire("engagement.idea.receipt:" + topic, idea.email())) {
            return id;
        }
        outbox.enqueue(OutgoingMail.of(
                "engagement.idea.receipt",
                idea.email(),
                messages.getMessage("engagement.idea.mail.subject", new Object[] {idea.title()}, locale),
                messages.getMessage(
                        "engagement.idea.mail.body",
                        new Object[] {idea.contactName(), idea.title(), stored.subject(), links.manageUrl(id)},
                        locale)));
        return id;
    }

    Optional<Idea> find(long id) {
        return jdbc.sql(SELECT_IDEA + " WHERE i.id = :id")
                .param("id", id)
                .query(this::idea)
                .optional();
    }

    List<Idea.Comment> comments(long id) {
        return jdbc.sql("""
                        SELECT id, author, body, created_at FROM engagement_idea_comment
                        WHERE idea_id = :id ORDER BY created_at, id""")
                .param("id", id)
                .query((rs, row) -> new Idea.Comment(
                        rs.getLong("id"),
                        rs.getString("author"),
                        rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    List<Row> list(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.title, coalesce(e.title, i.theme) AS subject, i.status, i.submitted_at
                FROM engagement_idea i LEFT JOIN engagement_event e ON e.id = i.event_id WHERE true""");
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            sql.append(" AND i.status = ?");
            params.add(filter.status().name());
        }
        if (filter.tag() != null) {
            sql.append(
                    " AND EXISTS (SELECT 1 FROM engagement_idea_tag t WHERE t.idea_id = i.id AND lower(t.tag) = lower(?))");
            params.add(filter.tag());
        }
        if (filter.eventId() != null) {
            sql.append(" AND i.event_id = ?");
            params.add(filter.eventId());
        }
        if (filter.theme() != null) {
            sql.append(" AND lower(coalesce(i.theme, e.theme)) = lower(?)");
            params.add(filter.theme());
        }
        sql.append(" ORDER BY i.submitted_at DESC, i.id DESC LIMIT 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new Row(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("subject"),
                        IdeaStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", OffsetDateTime.class),
                        tags(rs.getLong("id"))))
                .list();
    }

    /** Every tag in use, for the filter. */
    List<String> allTags() {
        return jdbc.sql("SELECT DISTINCT tag FROM engagement_idea_tag ORDER BY tag")
                .query(String.class)
                .list();
    }

    /** Ideas with a public response, for the OPI page. */
    List<Published> published() {
        return jdbc.sql("""
                        SELECT i.id, i.title, coalesce(e.title, i.theme) AS subject, i.public_response, i.status
                        FROM engagement_idea i LEFT JOIN engagement_event e ON e.id = i.event_id
                        WHERE i.public_response IS NOT NULL ORDER BY i.responded_at DESC, i.id DESC LIMIT 200""")
                .query((rs, row) -> new Published(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("subject"),
                        rs.getString("public_response"),
                        "TAKEN_FORWARD".equals(rs.getString("status"))))
                .list();
    }

    @Transactional
    void addTag(long id, String tag) {
        Idea before = require(id);
        jdbc.sql("INSERT INTO engagement_idea_tag (idea_id, tag) VALUES (:id, :tag) ON CONFLICT DO NOTHING")
                .param("id", id)
                .param("tag", tag)
                .update();
        touched(before);
    }

    @Transactional
    void removeTag(long id, String tag) {
        Idea before = require(id);
        jdbc.sql("DELETE FROM engagement_idea_tag WHERE idea_id = :id AND tag = :tag")
                .param("id", id)
                .param("tag", tag)
                .update();
        touched(before);
    }

    @Transactional
    void comment(long id, String body, String staff) {
        require(id);
        long commentId = jdbc.sql("""
                        INSERT INTO engagement_idea_comment (idea_id, author, body, created_at)
                        VALUES (:id, :author, :body, :now) RETURNING id""")
                .param("id", id)
                .param("author", staff)
                .param("body", body)
                .param("now", OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        audit.created("engagement_idea_comment", commentId, new CommentState(id, staff, body));
    }

    /** The public response, shown on the OPI page; an empty response withdraws it. */
    @Transactional
    void respond(long id, String response) {
        Idea before = require(id);
        jdbc.sql("UPDATE engagement_idea SET public_response = :response, responded_at = :at WHERE id = :id")
                .param("response", response)
                .param("at", response == null ? null : OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        touched(before);
    }

    @Transactional
    void changeStatus(long id, IdeaStatus status) {
        Idea before = require(id);
        if (before.status() == status) {
            return;
        }
        jdbc.sql("UPDATE engagement_idea SET status = :status, closed_at = :closed WHERE id = :id")
                .param("status", status.name())
                .param("closed", status.closes() ? OffsetDateTime.now(clock) : null)
                .param("id", id)
                .update();
        touched(before);
    }

    /** The submitter deletes the idea with everything belonging to it. */
    @Transactional
    boolean deleteBySubmitter(long id) {
        Optional<Idea> idea = find(id);
        idea.ifPresent(found -> {
            jdbc.sql("DELETE FROM engagement_idea WHERE id = :id")
                    .param("id", id)
                    .update();
            audit.deleted("engagement_idea", id, found.state());
            if (found.file() != null) {
                files.delete(found.file().id());
            }
        });
        return idea.isPresent();
    }

    /** Erases the contact data of ideas closed longer ago than the retention period. */
    @Transactional
    int eraseExpiredContacts() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(properties.contactRetention());
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM engagement_idea
                        WHERE closed_at < :before AND contact_erased_at IS NULL FOR UPDATE SKIP LOCKED""").param("before", before).query(Long.class).list();
        for (long id : ids) {
            Idea old = find(id).orElseThrow();
            jdbc.sql("""
                            UPDATE engagement_idea SET contact_name = NULL, company_name = NULL, cvr = NULL,
                                email = NULL, phone = NULL, contact_erased_at = :now WHERE id = :id""")
                    .param("now", OffsetDateTime.now(clock))
                    .param("id", id)
                    .update();
            audit.updated(
                    "engagement_idea", id, old.state(), find(id).orElseThrow().state());
        }
        return ids.size();
    }

    private Idea require(long id) {
        return jdbc.sql(SELECT_IDEA + " WHERE i.id = :id FOR UPDATE OF i")
                .param("id", id)
                .query(this::idea)
                .optional()
                .orElseThrow(() -> new IdeaNotFound(id));
    }

    private void touched(Idea before) {
        jdbc.sql("UPDATE engagement_idea SET updated_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now(clock))
                .param("id", before.id())
                .update();
        audit.updated(
                "engagement_idea",
                before.id(),
                before.state(),
                find(before.id()).orElseThrow().state());
    }

    private List<String> tags(long id) {
        return jdbc.sql("SELECT tag FROM engagement_idea_tag WHERE idea_id = :id ORDER BY tag")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private Idea idea(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        StoredFile file = rs.getObject("file_id") == null
                ? null
                : new StoredFile(
                        rs.getLong("file_id"),
                        rs.getString("file_name"),
                        FileKind.valueOf(rs.getString("file_kind")),
                        rs.getLong("size_bytes"));
        return new Idea(
                id,
                rs.getObject("event_id", Long.class),
                rs.getString("event_title"),
                rs.getString("theme"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("improves_citizens"),
                rs.getString("improves_staff"),
                rs.getString("contact_name"),
                rs.getString("company_name"),
                rs.getString("cvr"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("consent_text"),
                file,
                IdeaStatus.valueOf(rs.getString("status")),
                rs.getString("public_response"),
                rs.getObject("responded_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("contact_erased_at", OffsetDateTime.class),
                tags(id));
    }

    private record CommentState(long ideaId, String author, String body) {}

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class IdeaNotFound extends RuntimeException {
        IdeaNotFound(long id) {
            super("No idea " + id);
        }
    }
}
