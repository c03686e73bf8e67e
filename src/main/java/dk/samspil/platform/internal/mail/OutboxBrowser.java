package dk.samspil.platform.internal.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read-only view of the outbox for administrators. */
@Service
class OutboxBrowser {

    static final int PAGE_SIZE = 50;

    record Row(
            long id,
            Instant createdAt,
            String category,
            String recipient,
            String subject,
            String status,
            int attempts) {}

    record Page(List<Row> rows, int number, boolean hasNext) {}

    record Detail(
            long id,
            Instant createdAt,
            String category,
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            Map<String, String> headers,
            String messageId,
            String fromName,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError,
            List<Attempt> attemptLog) {}

    record Attempt(Instant attemptedAt, String outcome, String detail, String instance) {}

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectProvider<OutboxSender> sender;

    OutboxBrowser(JdbcClient jdbc, JsonMapper json, ObjectProvider<OutboxSender> sender) {
        this.jdbc = jdbc;
        this.json = json;
        this.sender = sender;
    }

    /** Whether messages leave the outbox at all, i.e. whether a mail server is configured. */
    boolean sending() {
        return sender.getIfAvailable() != null;
    }

    /** The states a message can be in, for the status filter. */
    static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED");

    /**
     * Newest first; {@code recipient} filters by part of the address, case-insensitively, {@code status} by one of
     * {@link #STATUSES} (anything else shows all).
     */
    @Transactional(readOnly = true)
    Page page(String recipient, String status, int number) {
        String filter = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
        String state = status != null && STATUSES.contains(status) ? status : "";
        List<Row> rows = jdbc.sql("""
                        SELECT id, created_at, category, recipient, subject, status, attempts
                        FROM outbox_message
                        WHERE (:filter = '' OR position(:filter IN lower(recipient)) > 0)
                          AND (:state = '' OR status = :state)
                        ORDER BY id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("filter", filter)
                .param("state", state)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) (number - 1) * PAGE_SIZE)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("category"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        rs.getInt("attempts")))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, number, hasNext);
    }

    @Transactional(readOnly = true)
    Optional<Detail> detail(long id) {
        List<Attempt> attempts = attempts(id);
        return jdbc.sql("""
                        SELECT id, created_at, category, recipient, subject, body_text, body_html, headers, message_id,
                               from_name, status, attempts, next_attempt_at, sent_at, last_error
                        FROM outbox_message WHERE id = :id""")
                .param("id", id)
                .query((rs, i) -> new Detail(
                        rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("category"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        json.readValue(rs.getString("headers"), HEADERS),
                        rs.getString("message_id"),
                        rs.getString("from_name"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error"),
                        attempts))
                .optional();
    }

    private List<Attempt> attempts(long messageId) {
        return jdbc.sql("""
                        SELECT attempted_at, outcome, detail, instance FROM outbox_attempt
                        WHERE message_id = :id ORDER BY attempted_at DESC, id DESC""")
                .param("id", messageId)
                .query((rs, i) -> new Attempt(
                        rs.getTimestamp("attempted_at").toInstant(),
                        rs.getString("outcome"),
                        rs.getString("detail"),
                        rs.getString("instance")))
                .list();
    }
}
