package dk.samspil.platform.internal.mail;

import dk.samspil.platform.PageFragment;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's start page: mails the outbox gave up on, newest first. */
@Component
class OutboxFailures implements StartPageSection {

    static final int SHOWN = 5;

    record Failure(long id, Instant createdAt, String recipient, String subject, String lastError) {}

    record Model(long count, List<Failure> newest) {}

    private final JdbcClient jdbc;

    OutboxFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 910;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageFragment> fragment() {
        long count = jdbc.sql("SELECT count(*) FROM outbox_message WHERE status = 'FAILED'")
                .query(Long.class)
                .single();
        List<Failure> newest = jdbc.sql("""
                        SELECT id, created_at, recipient, subject, last_error FROM outbox_message
                        WHERE status = 'FAILED' ORDER BY id DESC LIMIT :limit""")
                .param("limit", SHOWN)
                .query((rs, i) -> new Failure(
                        rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("last_error")))
                .list();
        return Optional.of(new PageFragment("admin/start", "outboxFailures", new Model(count, newest)));
    }
}
