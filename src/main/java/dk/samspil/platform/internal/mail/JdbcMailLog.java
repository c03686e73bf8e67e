package dk.samspil.platform.internal.mail;

import dk.samspil.platform.MailLog;
import dk.samspil.platform.MailStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcMailLog implements MailLog {

    private static final String COLUMNS =
            "id, created_at, category, recipient, subject, status, attempts, sent_at, last_error";

    private final JdbcClient jdbc;

    JdbcMailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailStatus> forRecipient(String email, String categoryPrefix, int limit) {
        // lower(recipient) uses outbox_message_recipient_idx; the prefix is compared literally, not as a LIKE pattern
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM outbox_message
                        WHERE lower(recipient) = lower(:email) AND left(category, length(:prefix)) = :prefix
                        ORDER BY id DESC LIMIT :limit""")
                .param("email", email)
                .param("prefix", categoryPrefix)
                .param("limit", limit)
                .query(JdbcMailLog::status)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, MailStatus> byIds(Collection<Long> ids) {
        Map<Long, MailStatus> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ANY(:ids) ORDER BY id")
                .param("ids", ids.toArray(Long[]::new))
                .query(JdbcMailLog::status)
                .list()
                .forEach(status -> found.put(status.id(), status));
        return found;
    }

    private static MailStatus status(ResultSet rs, int row) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new MailStatus(
                rs.getLong("id"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("category"),
                rs.getString("recipient"),
                rs.getString("subject"),
                state(rs.getString("status")),
                rs.getInt("attempts"),
                sentAt == null ? null : sentAt.toInstant(),
                rs.getString("last_error"));
    }

    private static MailStatus.State state(String status) {
        return switch (status) {
            case "SENT" -> MailStatus.State.SENT;
            case "FAILED" -> MailStatus.State.FAILED;
            default -> MailStatus.State.QUEUED;
        };
    }
}
