package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.internal.Frequency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for {@code alert_delivery} and the few subscriber columns delivery reads and writes. */
@Repository
class DeliveryRepository {

    /** A row to insert. */
    record NewDelivery(
            long subscriberId,
            String reference,
            AlertKind kind,
            ChangeKey changeKey,
            Frequency frequency,
            AlertContent content,
            DeliveryStatus status,
            String skipReason,
            Long outboxId) {}

    /** A stored row. */
    record Delivery(long id, String reference, ChangeKey changeKey, AlertContent content) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DeliveryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<Long, Recipient> recipients(Collection<Long> subscriberIds) {
        Map<Long, Recipient> recipients = new HashMap<>(subscriberIds.size() * 2);
        jdbc.sql("""
                        SELECT id, email, language, paused_at IS NOT NULL AS paused, link_version
                        FROM alert_subscriber WHERE id = ANY (:ids)""")
                .param("ids", subscriberIds.toArray(Long[]::new))
                .query((rs, row) -> recipients.put(
                        rs.getLong("id"),
                        new Recipient(
                                rs.getLong("id"),
                                rs.getString("email"),
                                rs.getString("language"),
                                rs.getBoolean("paused"),
                                rs.getInt("link_version"))))
                .list();
        return recipients;
    }

    /**
     * Holds the news until the transaction ends, so that two instances handling the same news one after the other
     * see each other's rows and never both mail a subscriber.
     */
    void lockNews(AlertKind kind, ChangeKey changeKey) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "alert_delivery:" + kind.name() + ":" + changeKey)
                .query()
                .listOfRows();
    }

    /** The subscribers among {@code subscriberIds} that have a row for this news already (a replay). */
    Set<Long> delivered(
            AlertKind kind, ChangeKey changeKey, Collection<Long> subscriberIds, Collection<String> references) {
        return new HashSet<>(jdbc.sql("""
                        SELECT subscriber_id FROM alert_delivery
                        WHERE subscriber_id = ANY (:ids) AND procurement_reference = ANY (:references)
                          AND kind = :kind AND change_key = :changeKey""")
                .param("ids", subscriberIds.toArray(Long[]::new))
                .param("references", references.toArray(String[]::new))
                .param("kind", kind.name())
                .param("changeKey", changeKey.toString())
                .query(Long.class)
                .list());
    }

    /** Inserts the rows; one that exists already (by subscriber, entry, kind and change key) is left as it is. */
    void insert(List<NewDelivery> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] subscribers = new Long[n];
        String[] references = new String[n];
        String[] kinds = new String[n];
        String[] changeKeys = new String[n];
        String[] frequencies = new String[n];
        String[] contents = new String[n];
        String[] statuses = new String[n];
        String[] skipReasons = new String[n];
        Long[] outboxIds = new Long[n];
        Map<AlertContent, String> written = new HashMap<>();
        for (int i = 0; i < n; i++) {
            NewDelivery row = rows.get(i);
            subscribers[i] = row.subscriberId();
            references[i] = row.reference();
            kinds[i] = row.kind().name();
            changeKeys[i] = row.changeKey().toString();
            frequencies[i] = row.frequency().name();
            contents[i] = written.computeIfAbsent(row.content(), json::writeValueAsString);
            statuses[i] = row.status().name();
            skipReasons[i] = row.skipReason();
            outboxIds[i] = row.outboxId();
        }
        jdbc.sql("""
                        INSERT INTO alert_delivery (subscriber_id, procurement_reference, kind, change_key, frequency,
                                                    content, status, skip_reason, outbox_id, created_at, queued_at)
                        SELECT r.subscriber, r.reference, r.kind, r.change_key, r.frequency, CAST(r.content AS jsonb),
                               r.status, r.skip_reason, r.outbox_id, :now,
                               CASE WHEN r.outbox_id IS NULL THEN NULL ELSE CAST(:now AS timestamptz) END
                        FROM unnest(:subscribers, :references, :kinds, :changeKeys, :frequencies, :contents, :statuses,
                                    :skipReasons, :outboxIds)
                            AS r (subscriber, reference, kind, change_key, frequency, content, status, skip_reason,
                                  outbox_id)
                        ON CONFLICT (subscriber_id, procurement_reference, kind, change_key) DO NOTHING""")
                .param("now", Timestamp.from(now))
                .param("subscribers", subscribers)
                .param("references", references)
                .param("kinds", kinds)
                .param("changeKeys", changeKeys)
                .param("frequencies", frequencies)
                .param("contents", contents)
                .param("statuses", statuses)
                .param("skipReasons", skipReasons)
                .param("outboxIds", outboxIds)
                .update();
    }

    /** The rows went out together in one mail (a digest). */
    void markQueued(List<Long> deliveryIds, long outboxId, Instant now) {
        jdbc.sql("""
                        UPDATE alert_delivery SET status = 'QUEUED', outbox_id = :outboxId, queued_at = :now
                        WHERE id = ANY (:ids)""")
                .param("ids", deliveryIds.toArray(Long[]::new))
                .param("outboxId", outboxId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void markSkipped(List<Long> deliveryIds, String reason) {
        jdbc.sql("UPDATE alert_delivery SET status = 'SKIPPED', skip_reason = :reason WHERE id = ANY (:ids)")
                .param("ids", deliveryIds.toArray(Long[]::new))
                .param("reason", reason)
                .update();
    }

    /**
     * Locks the next subscriber with digest rows of {@code frequency} created before {@code cutoff}, skipping
     * subscribers another instance holds; the lock keeps one subscriber's digest in one piece.
     */
    Optional<Long> lockNextDigestSubscriber(Frequency frequency, Instant cutoff) {
        return jdbc.sql("""
                        SELECT s.id FROM alert_subscriber s
                        WHERE s.id IN (SELECT d.subscriber_id FROM alert_delivery d
                                       WHERE d.status = 'PENDING' AND d.frequency = :frequency AND d.created_at < :cutoff)
                        ORDER BY s.id LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .param("frequency", frequency.name())
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .optional();
    }

    /** The subscriber's due digest rows, oldest first, locked. */
    List<Delivery> claimDigestRows(long subscriberId, Frequency frequency, Instant cutoff) {
        return jdbc.sql("""
                        SELECT id, procurement_reference, change_key, content FROM alert_delivery
                        WHERE subscriber_id = :subscriber AND status = 'PENDING' AND frequency = :frequency
                          AND created_at < :cutoff
                        ORDER BY created_at, id
                        FOR UPDATE SKIP LOCKED""")
                .param("subscriber", subscriberId)
                .param("frequency", frequency.name())
                .param("cutoff", Timestamp.from(cutoff))
                .query(this::delivery)
                .list();
    }

    /** Marks the alerts sent as the outbox message; returns their subscriber, if the message was an alert mail. */
    Optional<Long> markFailed(long outboxId, Instant now) {
        return jdbc
                .sql("""
                        UPDATE alert_delivery SET failed_at = :now WHERE outbox_id = :outbox
                        RETURNING subscriber_id""")
                .param("outbox", outboxId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    /** Whether the subscriber's latest {@code count} alert mails all failed (false when fewer were sent). */
    boolean latestMailsFailed(long subscriberId, int count) {
        List<Boolean> latest = jdbc.sql("""
                        SELECT bool_or(failed_at IS NOT NULL) FROM alert_delivery
                        WHERE subscriber_id = :subscriber AND outbox_id IS NOT NULL
                        GROUP BY outbox_id ORDER BY max(queued_at) DESC, outbox_id DESC LIMIT :count""")
                .param("subscriber", subscriberId)
                .param("count", count)
                .query(Boolean.class)
                .list();
        return latest.size() == count && latest.stream().allMatch(Boolean::booleanValue);
    }

    /** Pauses the subscriber unless paused already; returns whether it did. */
    boolean pause(long subscriberId, String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE alert_subscriber SET paused_at = :now, pause_reason = :reason
                        WHERE id = :id AND paused_at IS NULL""")
                        .param("id", subscriberId)
                        .param("reason", reason)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    private Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getString("procurement_reference"),
                ChangeKey.parse(rs.getString("change_key")),
                json.readValue(rs.getString("content"), AlertContent.class));
    }
}
