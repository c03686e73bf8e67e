package dk.samspil.platform.internal.mail;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailSuppressions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The suppression list in {@code mail_suppression}; every change is audited. */
@Service
class JdbcMailSuppressions implements MailSuppressions {

    private static final String ENTITY = "mail_suppression";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    JdbcMailSuppressions(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional
    public boolean suppress(String email, Reason reason, @Nullable String detail) {
        String address = normalise(email);
        boolean added = jdbc.sql("""
                        INSERT INTO mail_suppression (email, reason, detail, created_at) VALUES (:email, :reason, :detail, :now)
                        ON CONFLICT (email) DO NOTHING""")
                        .param("email", address)
                        .param("reason", reason.name())
                        .param(
                                "detail",
                                detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
        if (added) {
            audit.record(
                    AuditLog.Action.CREATE,
                    ENTITY,
                    address,
                    Map.of("reason", new AuditLog.Change(null, reason.name())),
                    AuditActor.current());
        }
        return added;
    }

    @Override
    @Transactional
    public boolean lift(String email) {
        String address = normalise(email);
        boolean lifted = jdbc.sql("DELETE FROM mail_suppression WHERE email = :email")
                        .param("email", address)
                        .update()
                == 1;
        if (lifted) {
            audit.record(AuditLog.Action.DELETE, ENTITY, address, Map.of(), AuditActor.current());
        }
        return lifted;
    }

    @Override
    public boolean isSuppressed(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM mail_suppression WHERE email = :email)")
                .param("email", normalise(email))
                .query(Boolean.class)
                .single();
    }

    @Override
    public Set<String> suppressedAmong(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT email FROM mail_suppression WHERE email = ANY (:emails)")
                .param(
                        "emails",
                        emails.stream().map(JdbcMailSuppressions::normalise).toArray(String[]::new))
                .query(String.class)
                .list());
    }

    @Override
    public List<Suppression> list(int limit) {
        return jdbc.sql(
                        "SELECT email, reason, detail, created_at FROM mail_suppression ORDER BY created_at DESC, email LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new Suppression(
                        rs.getString("email"),
                        Reason.valueOf(rs.getString("reason")),
                        rs.getString("detail"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public int count() {
        return jdbc.sql("SELECT count(*) FROM mail_suppression")
                .query(Integer.class)
                .single();
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
