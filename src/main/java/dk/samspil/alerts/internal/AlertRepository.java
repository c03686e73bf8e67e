package dk.samspil.alerts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for subscribers, subscriptions and the consent log. */
@Repository
class AlertRepository {

    private static final String SUBSCRIPTION_COLUMNS = """
            id, subscriber_id, kind, procurement_reference, cpv_codes, keywords, excluded_keywords, buying_units,
            min_value_dkk, max_value_dkk, sme_suitable_only, notify_on, frequency, status, created_at, confirmed_at""";

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> subscriber(long id) {
        return jdbc.sql("SELECT * FROM alert_subscriber WHERE id = :id")
                .param("id", id)
                .query(AlertRepository::subscriber)
                .optional();
    }

    /** The subscriber of an address, locked until the transaction ends so two requests do not both mail it. */
    Optional<Subscriber> lockSubscriberByEmail(String email) {
        return jdbc.sql("SELECT * FROM alert_subscriber WHERE lower(email) = lower(:email) FOR UPDATE")
                .param("email", email)
                .query(AlertRepository::subscriber)
                .optional();
    }

    Optional<Subscriber> lockSubscriber(long id) {
        return jdbc.sql("SELECT * FROM alert_subscriber WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(AlertRepository::subscriber)
                .optional();
    }

    /** Inserts the subscriber unless the address exists already (a concurrent request); either way returns it locked. */
    Subscriber insertOrLockSubscriber(String email, String name, String cvr, String language, Instant now) {
        jdbc.sql("""
                        INSERT INTO alert_subscriber (email, name, company_cvr, language, created_at)
                        VALUES (:email, :name, :cvr, :language, :now)
                        ON CONFLICT ((lower(email))) DO NOTHING""")
                .param("email", email)
                .param("name", name)
                .param("cvr", cvr)
                .param("language", language)
                .param("now", Timestamp.from(now))
                .update();
        return lockSubscriberByEmail(email).orElseThrow();
    }

    void updateSubscriberDetails(long id, String name, String cvr, String language) {
        jdbc.sql("UPDATE alert_subscriber SET name = :name, company_cvr = :cvr, language = :language WHERE id = :id")
                .param("id", id)
                .param("name", name)
                .param("cvr", cvr)
                .param("language", language)
                .update();
    }

    void markConfirmationSent(long id, Instant now) {
        jdbc.sql("UPDATE alert_subscriber SET confirmation_sent_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Lifts the pause the sending side put on the address (e.g. after bounces); true when it was paused. */
    boolean clearPause(long id) {
        return jdbc.sql(
                                "UPDATE alert_subscriber SET paused_at = NULL, pause_reason = NULL WHERE id = :id AND paused_at IS NOT NULL")
                        .param("id", id)
                        .update()
                > 0;
    }

    void deleteSubscriber(long id) {
        jdbc.sql("DELETE FROM alert_subscriber WHERE id = :id").param("id", id).update();
    }

    List<Subscription> subscriptions(long subscriberId) {
        return jdbc.sql("SELECT " + SUBSCRIPTION_COLUMNS
                        + " FROM alert_subscription WHERE subscriber_id = :id ORDER BY id")
                .param("id", subscriberId)
                .query(AlertRepository::subscription)
                .list();
    }

    Optional<Subscription> subscription(long subscriberId, long id) {
        return jdbc.sql("SELECT " + SUBSCRIPTION_COLUMNS
                        + " FROM alert_subscription WHERE subscriber_id = :subscriber AND id = :id")
                .param("subscriber", subscriberId)
                .param("id", id)
                .query(AlertRepository::subscription)
                .optional();
    }

    long insertSubscription(
            long subscriberId, SubscriptionKind kind, String reference, Criteria criteria, Instant now) {
        return jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, procurement_reference, cpv_codes, keywords,
                            excluded_keywords, buying_units, min_value_dkk, max_value_dkk, sme_suitable_only, notify_on,
                            frequency, status, created_at)
                        VALUES (:subscriber, :kind, :reference, :cpv, :keywords, :excluded, :units, :min, :max, :sme,
                            :notifyOn, :frequency, 'PENDING', :now)
                        RETURNING id""")
                .param("subscriber", subscriberId)
                .param("kind", kind.name())
                .param("reference", reference)
                .params(criteriaParams(criteria))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void updateCriteria(long id, Criteria criteria) {
        jdbc.sql("""
                        UPDATE alert_subscription SET cpv_codes = :cpv, keywords = :keywords,
                            excluded_keywords = :excluded, buying_units = :units, min_value_dkk = :min,
                            max_value_dkk = :max, sme_suitable_only = :sme, notify_on = :notifyOn, frequency = :frequency
                        WHERE id = :id""").param("id", id).params(criteriaParams(criteria)).update();
    }

    void updateStatus(long id, SubscriptionStatus status) {
        jdbc.sql("UPDATE alert_subscription SET status = :status WHERE id = :id")
                .param("id", id)
                .param("status", status.name())
                .update();
    }

    /** Activates every pending subscription of the subscriber; returns their ids. */
    List<Long> confirmPending(long subscriberId, Instant now) {
        return jdbc.sql("""
                        UPDATE alert_subscription SET status = 'ACTIVE', confirmed_at = :now
                        WHERE subscriber_id = :id AND status = 'PENDING' RETURNING id""")
                .param("id", subscriberId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /** The follow of the entry that a confirmed interest started, if the subscriber has one. */
    Optional<Long> interestFollow(long subscriberId, String reference) {
        return jdbc.sql("""
                        SELECT id FROM alert_subscription
                        WHERE subscriber_id = :subscriber AND kind = 'FOLLOW' AND procurement_reference = :reference
                          AND from_interest
                        ORDER BY id LIMIT 1""")
                .param("subscriber", subscriberId)
                .param("reference", reference)
                .query(Long.class)
                .optional();
    }

    void markFromInterest(long subscriptionId) {
        jdbc.sql("UPDATE alert_subscription SET from_interest = true WHERE id = :id")
                .param("id", subscriptionId)
                .update();
    }

    Optional<Subscription> follow(long subscriberId, String reference) {
        return jdbc.sql("SELECT " + SUBSCRIPTION_COLUMNS + """
                         FROM alert_subscription
                        WHERE subscriber_id = :subscriber AND kind = 'FOLLOW' AND procurement_reference = :reference
                        ORDER BY id LIMIT 1""")
                .param("subscriber", subscriberId)
                .param("reference", reference)
                .query(AlertRepository::subscription)
                .optional();
    }

    void activate(long id, Instant now) {
        jdbc.sql("UPDATE alert_subscription SET status = 'ACTIVE', confirmed_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    void resumeDelivery(long subscriberId) {
        jdbc.sql("UPDATE alert_subscriber SET paused_at = NULL, pause_reason = NULL WHERE id = :id")
                .param("id", subscriberId)
                .update();
    }

    void deleteSubscription(long id) {
        jdbc.sql("DELETE FROM alert_subscription WHERE id = :id")
                .param("id", id)
                .update();
    }

    void consent(
            String email,
            long subscriptionId,
            String action,
            Instant at,
            String clientAddress,
            String textVersion,
            ConsentSource source) {
        jdbc.sql("""
                        INSERT INTO alert_consent (email, email_hash, subscription_id, action, at, client_address,
                            text_version, source)
                        VALUES (:email, :hash, :subscription, :action, :at, :client, :version, :source)""")
                .param("email", email)
                .param("hash", emailHash(email))
                .param("subscription", subscriptionId)
                .param("action", action)
                .param("at", Timestamp.from(at))
                .param("client", clientAddress)
                .param("version", textVersion)
                .param("source", source.name())
                .update();
    }

    /** The consent source a subscription was given with (for its later confirmation and withdrawal records). */
    ConsentSource consentSource(long subscriptionId) {
        return jdbc.sql("""
                        SELECT source FROM alert_consent WHERE subscription_id = :id AND action = 'GIVEN'
                        ORDER BY at DESC LIMIT 1""")
                .param("id", subscriptionId)
                .query(String.class)
                .optional()
                .map(ConsentSource::valueOf)
                .orElse(ConsentSource.WEB);
    }

    List<Map<String, Object>> consents(String email) {
        return jdbc.sql("""
                        SELECT subscription_id, action, at, client_address, text_version, source FROM alert_consent
                        WHERE email_hash = :hash ORDER BY at, id""").param("hash", emailHash(email)).query().listOfRows();
    }

    /** Erasure: the consent log keeps only the hash of the address. */
    void anonymiseConsents(String email) {
        jdbc.sql("UPDATE alert_consent SET email = NULL, client_address = NULL WHERE email_hash = :hash")
                .param("hash", emailHash(email))
                .update();
    }

    /** Deletes unconfirmed subscriptions created before {@code cutoff}, then subscribers left with none. */
    int deleteUnconfirmed(Instant cutoff) {
        int deleted = jdbc.sql("DELETE FROM alert_subscription WHERE status = 'PENDING' AND created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
        jdbc.sql("""
                        DELETE FROM alert_subscriber s WHERE created_at < :cutoff AND cardinality(s.used_by) = 0
                        AND NOT EXISTS (SELECT 1 FROM alert_subscription a WHERE a.subscriber_id = s.id)""").param("cutoff", Timestamp.from(cutoff)).update();
        return deleted;
    }

    void deleteTombstones(Instant cutoff) {
        jdbc.sql("DELETE FROM alert_subscription_tombstone WHERE deleted_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    static String emailHash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private Map<String, Object> criteriaParams(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        params.put("cpv", array(criteria.cpvCodes()));
        params.put("keywords", array(criteria.keywords()));
        params.put("excluded", array(criteria.excludedKeywords()));
        params.put("units", array(criteria.buyingUnits()));
        params.put("min", criteria.minValueDkk());
        params.put("max", criteria.maxValueDkk());
        params.put("sme", criteria.smeSuitableOnly());
        params.put("notifyOn", array(criteria.notifyOn()));
        params.put("frequency", criteria.frequency());
        return params;
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        return new Subscriber(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("company_cvr"),
                rs.getString("language"),
                instant(rs, "created_at"),
                instant(rs, "paused_at"),
                rs.getString("pause_reason"),
                rs.getInt("link_version"),
                instant(rs, "confirmation_sent_at"));
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        Criteria criteria = new Criteria(
                strings(rs, "cpv_codes"),
                strings(rs, "keywords"),
                strings(rs, "excluded_keywords"),
                strings(rs, "buying_units"),
                rs.getBigDecimal("min_value_dkk"),
                rs.getBigDecimal("max_value_dkk"),
                rs.getBoolean("sme_suitable_only"),
                strings(rs, "notify_on"),
                rs.getString("frequency"));
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("subscriber_id"),
                SubscriptionKind.valueOf(rs.getString("kind")),
                rs.getString("procurement_reference"),
                criteria,
                SubscriptionStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "confirmed_at"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
