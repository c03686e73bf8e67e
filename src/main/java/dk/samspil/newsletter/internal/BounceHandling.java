package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.MailSuppressions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a bounce does: the campaign mail it answers counts as bounced; a hard bounce suppresses the address across
 * Samspil at once, soft bounces when the address's latest {@code samspil.newsletter.bounces.soft-bounce-limit}
 * campaign mails all bounced.
 */
@Service
class BounceHandling {

    private final JdbcClient jdbc;
    private final MailSuppressions suppressions;
    private final NewsletterProperties properties;
    private final Clock clock;

    BounceHandling(JdbcClient jdbc, MailSuppressions suppressions, NewsletterProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.suppressions = suppressions;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return whether the bounce was new (a bounce mail read twice changes nothing the second time) */
    @Transactional
    boolean record(String bounceMessageId, BounceParser.Bounce bounce) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean added = jdbc.sql("""
                        INSERT INTO newsletter_bounce (message_id, email, kind, status, detail, received_at)
                        VALUES (:messageId, :email, :kind, :status, :detail, :now)
                        ON CONFLICT (message_id, email) DO NOTHING""")
                        .param("messageId", bounceMessageId)
                        .param("email", bounce.email())
                        .param("kind", bounce.hard() ? "HARD" : "SOFT")
                        .param("status", bounce.status())
                        .param("detail", bounce.detail())
                        .param("now", now)
                        .update()
                == 1;
        if (!added) {
            return false;
        }
        jdbc.sql("""
                        UPDATE newsletter_delivery SET bounced_at = :now
                        WHERE (campaign_id, subscriber_id) = (
                            SELECT campaign_id, subscriber_id FROM newsletter_delivery
                            WHERE lower(email) = lower(:email) AND status = 'QUEUED' AND bounced_at IS NULL
                            ORDER BY campaign_id DESC LIMIT 1)""").param("now", now).param("email", bounce.email()).update();
        String detail = bounce.status() == null
                ? bounce.detail()
                : bounce.status() + (bounce.detail() == null ? "" : " " + bounce.detail());
        if (bounce.hard()) {
            suppressions.suppress(bounce.email(), MailSuppressions.Reason.HARD_BOUNCE, detail);
        } else if (latestAllBounced(bounce.email(), properties.bounces().softBounceLimit())) {
            suppressions.suppress(bounce.email(), MailSuppressions.Reason.SOFT_BOUNCES, detail);
        }
        return true;
    }

    private boolean latestAllBounced(String email, int limit) {
        List<Boolean> latest = jdbc.sql("""
                        SELECT bounced_at IS NOT NULL FROM newsletter_delivery
                        WHERE lower(email) = lower(:email) AND status = 'QUEUED'
                        ORDER BY campaign_id DESC LIMIT :limit""")
                .param("email", email)
                .param("limit", limit)
                .query(Boolean.class)
                .list();
        return latest.size() >= limit && latest.stream().allMatch(Boolean::booleanValue);
    }
}
