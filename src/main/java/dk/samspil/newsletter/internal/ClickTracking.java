package dk.samspil.newsletter.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Click tracking of campaign mails, off by default: an administrator turns it on. A campaign sent while it is on has
 * its web links stored, and its mail links to a signed redirect per link ({@link NewsletterLinks#clickUrl}) that
 * counts the click and sends the reader on to the stored address, never to one the link names itself. Clicks are
 * counted per campaign and link, not per person.
 */
@Service
class ClickTracking {

    /** A tracked link of a campaign and how often it was clicked. */
    record LinkClicks(int position, String url, long clicks) {}

    private final JdbcClient jdbc;
    private final CampaignMarkdown markdown;
    private final NewsletterLinks links;
    private final AuditLog audit;
    private final Clock clock;

    ClickTracking(JdbcClient jdbc, CampaignMarkdown markdown, NewsletterLinks links, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    boolean enabled() {
        return jdbc.sql("SELECT click_tracking FROM newsletter_setting WHERE id = 1")
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Turns tracking on or off for campaigns sent from now on; recorded in the audit log. */
    @Transactional
    void setEnabled(boolean on, String by) {
        boolean was = enabled();
        if (was == on) {
            return;
        }
        jdbc.sql("UPDATE newsletter_setting SET click_tracking = :on, updated_at = :now, updated_by = :by WHERE id = 1")
                .param("on", on)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .update();
        audit.record(
                AuditLog.Action.UPDATE,
                "newsletter_setting",
                1,
                Map.of("clickTracking", new AuditLog.Change(String.valueOf(was), String.valueOf(on))),
                AuditActor.current());
    }

    /**
     * What the campaign's mail links point to: when tracking is on, its web links are stored and each is replaced
     * by its signed redirect; otherwise they are left as written. Runs in the send's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    UnaryOperator<String> linksFor(Campaign campaign) {
        if (!enabled()) {
            return UnaryOperator.identity();
        }
        List<String> targets = markdown.links(campaign.markdown());
        Map<String, String> tracked = new HashMap<>();
        for (int position = 0; position < targets.size(); position++) {
            jdbc.sql("""
                            INSERT INTO newsletter_link (campaign_id, position, url) VALUES (:campaign, :position, :url)
                            ON CONFLICT (campaign_id, position) DO UPDATE SET url = EXCLUDED.url""")
                    .param("campaign", campaign.id())
                    .param("position", position)
                    .param("url", targets.get(position))
                    .update();
            tracked.put(targets.get(position), links.clickUrl(campaign.id(), position));
        }
        return url -> tracked.getOrDefault(url, url);
    }

    /** Counts a click of a signed link and gives the stored address to send the reader to; empty for any other. */
    @Transactional
    Optional<String> click(String token) {
        return links.click(token)
                .flatMap(link -> jdbc.sql("""
                        UPDATE newsletter_link SET clicks = clicks + 1
                        WHERE campaign_id = :campaign AND position = :position RETURNING url""")
                        .param("campaign", link.campaignId())
                        .param("position", link.position())
                        .query(String.class)
                        .optional());
    }

    /** The campaign's tracked links with their clicks, in the order they come in the text. */
    @Transactional(readOnly = true)
    List<LinkClicks> clicks(long campaignId) {
        return jdbc.sql("SELECT position, url, clicks FROM newsletter_link WHERE campaign_id = :id ORDER BY position")
                .param("id", campaignId)
                .query((rs, row) -> new LinkClicks(rs.getInt("position"), rs.getString("url"), rs.getLong("clicks")))
                .list();
    }
}
