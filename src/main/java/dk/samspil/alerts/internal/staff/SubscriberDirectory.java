package dk.samspil.alerts.internal.staff;

import dk.samspil.platform.MailLog;
import dk.samspil.platform.MailStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding a subscriber for support, and what was sent to them: alert deliveries and every alerts mail. */
@Service
class SubscriberDirectory {

    static final int PAGE_SIZE = 25;
    static final int LOG_SIZE = 50;
    private static final String ALERT_MAILS = "alerts.";

    record Hit(
            long id,
            String email,
            String name,
            String companyCvr,
            Instant createdAt,
            boolean paused,
            long confirmed,
            long pending) {}

    record Page(List<Hit> hits, int number, boolean hasNext) {}

    /**
     * One news item for the subscriber. {@code title} is {@code null} when the stored content has none;
     * {@code mail} is {@code null} until the item is queued (or when the mail is gone from the outbox).
     */
    record Delivery(
            long id,
            Instant createdAt,
            String procurementReference,
            String title,
            String kind,
            String frequency,
            String status,
            String skipReason,
            Long outboxId,
            MailStatus mail) {

        Delivery withMail(MailStatus found) {
            return new Delivery(
                    id, createdAt, procurementReference, title, kind, frequency, status, skipReason, outboxId, found);
        }
    }

    private final JdbcClient jdbc;
    private final MailLog mailLog;

    SubscriberDirectory(JdbcClient jdbc, MailLog mailLog) {
        this.jdbc = jdbc;
        this.mailLog = mailLog;
    }

    /** Subscribers whose e-mail address, name or CVR number contains the text (any case), by address. */
    @Transactional(readOnly = true)
    Page search(String text, int number) {
        List<Hit> hits = jdbc.sql("""
                        SELECT s.id, s.email, s.name, s.company_cvr, s.created_at, s.paused_at IS NOT NULL AS paused,
                               count(a.id) FILTER (WHERE a.status <> 'PENDING') AS confirmed,
                               count(a.id) FILTER (WHERE a.status = 'PENDING') AS pending
                        FROM alert_subscriber s LEFT JOIN alert_subscription a ON a.subscriber_id = s.id
                        WHERE s.email ILIKE :pattern OR s.name ILIKE :pattern OR s.company_cvr ILIKE :pattern
                        GROUP BY s.id
                        ORDER BY lower(s.email), s.id
                        LIMIT :limit OFFSET :offset""")
                .param("pattern", "%" + escapeLike(text) + "%")
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) (number - 1) * PAGE_SIZE)
                .query((rs, row) -> new Hit(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("company_cvr"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("paused"),
                        rs.getLong("confirmed"),
                        rs.getLong("pending")))
                .list();
        boolean hasNext = hits.size() > PAGE_SIZE;
        return new Page(hasNext ? hits.subList(0, PAGE_SIZE) : hits, number, hasNext);
    }

    /** The newest deliveries of the subscriber with the state of their mails. */
    @Transactional(readOnly = true)
    List<Delivery> deliveries(long subscriberId) {
        List<Delivery> rows = jdbc.sql("""
                        SELECT id, created_at, procurement_reference, content ->> 'title' AS title, kind, frequency,
                               status, skip_reason, outbox_id
                        FROM alert_delivery WHERE subscriber_id = :id
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("id", subscriberId)
                .param("limit", LOG_SIZE)
                .query((rs, row) -> new Delivery(
                        rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("procurement_reference"),
                        rs.getString("title"),
                        rs.getString("kind"),
                        rs.getString("frequency"),
                        rs.getString("status"),
                        rs.getString("skip_reason"),
                        rs.getObject("outbox_id", Long.class),
                        null))
                .list();
        Map<Long, MailStatus> mails = mailLog.byIds(rows.stream()
                .map(Delivery::outboxId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(d -> d.outboxId() == null ? d : d.withMail(mails.get(d.outboxId())))
                .toList();
    }

    /** Every alerts mail to the address, confirmation and link mails included, newest first. */
    List<MailStatus> mails(String email) {
        return mailLog.forRecipient(email, ALERT_MAILS, LOG_SIZE);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
