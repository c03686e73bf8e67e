package dk.samspil.newsletter.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of lists, subscriptions, sign-ups and the consent log. */
@Repository
class NewsletterRepository {

    private static final String LIST_COLUMNS =
            "id, name, purpose, visibility, double_opt_in, marketing, text_version, created_at, owner";

    /** A person's place on one list. */
    record ListSubscription(
            long id,
            long listId,
            long subscriberId,
            String status,
            String legalBasis,
            @Nullable Long signupId) {}

    /** A subscriber as staff see them on a list. */
    record Member(
            long subscriberId,
            String email,
            @Nullable String companyCvr,
            String status,
            Instant createdAt,
            @Nullable Instant confirmedAt) {}

    private final JdbcClient jdbc;

    NewsletterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertList(
            String name,
            String purpose,
            MailingList.Visibility visibility,
            boolean doubleOptIn,
            boolean marketing,
            String textVersion,
            Instant now) {
        return jdbc.sql("""
                        INSERT INTO newsletter_list (name, purpose, visibility, double_opt_in, marketing, text_version, created_at)
                        VALUES (:name, :purpose, :visibility, :doubleOptIn, :marketing, :textVersion, :now) RETURNING id""")
                .param("name", name)
                .param("purpose", purpose)
                .param("visibility", visibility.name())
                .param("doubleOptIn", doubleOptIn)
                .param("marketing", marketing)
                .param("textVersion", textVersion)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    boolean listNameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM newsletter_list WHERE lower(name) = lower(:name))")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    List<MailingList> lists() {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM newsletter_list ORDER BY lower(name)")
                .query(NewsletterRepository::list)
                .list();
    }

    Optional<MailingList> list(long id) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM newsletter_list WHERE id = :id")
                .param("id", id)
                .query(NewsletterRepository::list)
                .optional();
    }

    /** Active subscribers per list id. */
    Map<Long, Integer> activeCounts() {
        return jdbc
                .sql(
                        "SELECT list_id, count(*) AS n FROM newsletter_subscription WHERE status = 'ACTIVE' GROUP BY list_id")
                .query((rs, row) -> Map.entry(rs.getLong("list_id"), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Member> members(long listId) {
        return jdbc.sql("""
                        SELECT s.subscriber_id, p.email, p.company_cvr, s.status, s.created_at, s.confirmed_at
                        FROM newsletter_subscription s JOIN alert_subscriber p ON p.id = s.subscriber_id
                        WHERE s.list_id = :list ORDER BY lower(p.email)""")
                .param("list", listId)
                .query((rs, row) -> new Member(
                        rs.getLong("subscriber_id"),
                        rs.getString("email"),
                        rs.getString("company_cvr"),
                        rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("confirmed_at"))))
                .list();
    }

    /** An active member of one list, for a mail the owning module builds. */
    record ActiveMember(
            long subscriberId, String email, @Nullable String name) {}

    Optional<Long> ownedList(String owner) {
        return jdbc.sql("SELECT id FROM newsletter_list WHERE owner = :owner")
                .param("owner", owner)
                .query(Long.class)
                .optional();
    }

    /** Creates the list of a module; a concurrent creation of the same owner's list wins and its id is returned. */
    long insertOwnedList(
            String owner,
            String name,
            String purpose,
            MailingList.Visibility visibility,
            String textVersion,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO newsletter_list (owner, name, purpose, visibility, double_opt_in, marketing,
                                                     text_version, created_at)
                        VALUES (:owner, :name, :purpose, :visibility, true, false, :textVersion, :now)
                        ON CONFLICT (owner) WHERE owner IS NOT NULL DO NOTHING""")
                .param("owner", owner)
                .param("name", name)
                .param("purpose", purpose)
                .param("visibility", visibility.name())
                .param("textVersion", textVersion)
                .param("now", Timestamp.from(now))
                .update();
        return ownedList(owner).orElseThrow();
    }

    List<ActiveMember> activeMembers(long listId) {
        return jdbc.sql("""
                        SELECT p.id, p.email, p.name
                        FROM newsletter_subscription s JOIN alert_subscriber p ON p.id = s.subscriber_id
                        WHERE s.list_id = :list AND s.status = 'ACTIVE' ORDER BY lower(p.email)""")
                .param("list", listId)
                .query((rs, row) -> new ActiveMember(rs.getLong("id"), rs.getString("email"), rs.getString("name")))
                .list();
    }

    boolean isActive(long listId, String email) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM newsletter_subscription s
                                       JOIN alert_subscriber p ON p.id = s.subscriber_id
                                       WHERE s.list_id = :list AND s.status = 'ACTIVE'
                                         AND lower(p.email) = lower(:email))""")
                .param("list", listId)
                .param("email", email.strip())
                .query(Boolean.class)
                .single();
    }

    /** How the person's last withdrawal from the list was made (the consent log's method), if they withdrew. */
    Optional<String> lastWithdrawalMethod(long listId, long subscriberId) {
        return jdbc.sql("""
                        SELECT method FROM newsletter_consent
                        WHERE list_id = :list AND subscriber_id = :subscriber AND action = 'WITHDRAWN'
                        ORDER BY at DESC, id DESC LIMIT 1""")
                .param("list", listId)
                .param("subscriber", subscriberId)
                .query(String.class)
                .optional();
    }

    long insertSignup(long subscriberId, Instant now) {
        return jdbc.sql(
                        "INSERT INTO newsletter_signup (subscriber_id, created_at) VALUES (:subscriber, :now) RETURNING id")
                .param("subscriber", subscriberId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    Optional<Long> signupSubscriber(long signupId) {
        return jdbc.sql("SELECT subscriber_id FROM newsletter_signup WHERE id = :id FOR UPDATE")
                .param("id", signupId)
                .query(Long.class)
                .optional();
    }

    void markSignupConfirmed(long signupId, Instant now) {
        jdbc.sql("UPDATE newsletter_signup SET confirmed_at = COALESCE(confirmed_at, :now) WHERE id = :id")
                .param("id", signupId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Locks and returns the person's subscriptions. */
    List<ListSubscription> subscriptions(long subscriberId) {
        return subscriptions(subscriberId, true);
    }

    List<ListSubscription> subscriptions(long subscriberId, boolean lock) {
        return jdbc.sql("""
                        SELECT id, list_id, subscriber_id, status, legal_basis, signup_id FROM newsletter_subscription
                        WHERE subscriber_id = :subscriber ORDER BY list_id""" + (lock ? " FOR UPDATE" : ""))
                .param("subscriber", subscriberId)
                .query(NewsletterRepository::subscription)
                .list();
    }

    /** Creates the subscription, or sets an existing one to the new status and sign-up. */
    void upsertSubscription(
            long listId, long subscriberId, String status, String legalBasis, @Nullable Long signupId, Instant now) {
        jdbc.sql("""
                        INSERT INTO newsletter_subscription (list_id, subscriber_id, status, legal_basis, signup_id,
                                                             created_at, confirmed_at)
                        VALUES (:list, :subscriber, :status, :basis, :signup, :now,
                                CASE WHEN :status = 'ACTIVE' THEN CAST(:now AS timestamptz) END)
                        ON CONFLICT (list_id, subscriber_id) DO UPDATE
                            SET status = EXCLUDED.status, legal_basis = EXCLUDED.legal_basis,
                                signup_id = EXCLUDED.signup_id, confirmed_at = EXCLUDED.confirmed_at,
                                unsubscribed_at = NULL""")
                .param("list", listId)
                .param("subscriber", subscriberId)
                .param("status", status)
                .param("basis", legalBasis)
                .param("signup", signupId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Confirms the pending subscriptions of one sign-up. @return the list ids confirmed now */
    List<Long> confirmSignup(long signupId, Instant now) {
        return jdbc.sql("""
                        UPDATE newsletter_subscription SET status = 'ACTIVE', confirmed_at = :now
                        WHERE signup_id = :signup AND status = 'PENDING' RETURNING list_id""")
                .param("signup", signupId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    boolean unsubscribe(long listId, long subscriberId, Instant now) {
        return jdbc.sql("""
                        UPDATE newsletter_subscription SET status = 'UNSUBSCRIBED', unsubscribed_at = :now
                        WHERE list_id = :list AND subscriber_id = :subscriber AND status <> 'UNSUBSCRIBED'""")
                        .param("list", listId)
                        .param("subscriber", subscriberId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void insertConsent(
            long listId,
            long subscriberId,
            String email,
            String action,
            Instant at,
            String method,
            String textVersion,
            String source,
            @Nullable String clientAddress,
            @Nullable Long campaignId) {
        jdbc.sql("""
                        INSERT INTO newsletter_consent (list_id, subscriber_id, email_hash, action, at, method,
                                                        text_version, source, client_address, campaign_id)
                        VALUES (:list, :subscriber, :hash, :action, :at, :method, :version, :source, :client, :campaign)""")
                .param("list", listId)
                .param("subscriber", subscriberId)
                .param("hash", emailHash(email))
                .param("action", action)
                .param("at", Timestamp.from(at))
                .param("method", method)
                .param("version", textVersion)
                .param("source", source)
                .param("client", clientAddress)
                .param("campaign", campaignId)
                .update();
    }

    List<ConsentRecord> consents(long subscriberId) {
        return jdbc.sql("""
                        SELECT c.list_id, l.name, c.action, c.at, c.method, c.text_version, c.source, c.client_address,
                               c.campaign_id
                        FROM newsletter_consent c JOIN newsletter_list l ON l.id = c.list_id
                        WHERE c.subscriber_id = :subscriber ORDER BY c.at, c.id""")
                .param("subscriber", subscriberId)
                .query((rs, row) -> new ConsentRecord(
                        rs.getLong("list_id"),
                        rs.getString("name"),
                        rs.getString("action"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("method"),
                        rs.getString("text_version"),
                        rs.getString("source"),
                        rs.getString("client_address"),
                        (Long) rs.getObject("campaign_id")))
                .list();
    }

    /** The active subscriptions on these lists: subscriber id, list id, legal basis, in list order. */
    List<ListSubscription> activeOn(Collection<Long> listIds) {
        return jdbc.sql("""
                        SELECT id, list_id, subscriber_id, status, legal_basis, signup_id FROM newsletter_subscription
                        WHERE status = 'ACTIVE' AND list_id = ANY (:lists) ORDER BY subscriber_id, list_id""")
                .param("lists", listIds.toArray(Long[]::new))
                .query(NewsletterRepository::subscription)
                .list();
    }

    static String emailHash(String email) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MailingList list(ResultSet rs, int row) throws SQLException {
        return new MailingList(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("purpose"),
                MailingList.Visibility.valueOf(rs.getString("visibility")),
                rs.getBoolean("double_opt_in"),
                rs.getBoolean("marketing"),
                rs.getString("text_version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("owner"));
    }

    private static ListSubscription subscription(ResultSet rs, int row) throws SQLException {
        return new ListSubscription(
                rs.getLong("id"),
                rs.getLong("list_id"),
                rs.getLong("subscriber_id"),
                rs.getString("status"),
                rs.getString("legal_basis"),
                (Long) rs.getObject("signup_id"));
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
