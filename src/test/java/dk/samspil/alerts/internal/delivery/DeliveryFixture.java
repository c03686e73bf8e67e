package dk.samspil.alerts.internal.delivery;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Background;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Subscribers written straight to the database, published entries, and waiting for the asynchronous listeners. */
final class DeliveryFixture {

    static final List<String> ALL_KINDS =
            List.of("NEW_ENTRY", "MATERIAL_CHANGE", "EVENT_ANNOUNCED", "TENDER_PUBLISHED", "REMINDER");

    private final JdbcClient jdbc;
    private final ProcurementService procurements;
    private final Instant since = Instant.now().minusSeconds(1);

    DeliveryFixture(JdbcClient jdbc, ProcurementService procurements) {
        this.jdbc = jdbc;
        this.procurements = procurements;
    }

    static String email() {
        return "alert-" + UUID.randomUUID() + "@example.dk";
    }

    long subscriber(String email) {
        return subscriber(email, "da");
    }

    /** A subscriber who reads mail in {@code language} ({@code da} or {@code en}). */
    long subscriber(String email, String language) {
        return jdbc.sql("""
                        INSERT INTO alert_subscriber (email, language, created_at) VALUES (:email, :language, now())
                        RETURNING id""")
                .param("email", email)
                .param("language", language)
                .query(Long.class)
                .single();
    }

    long cpv(long subscriberId, String cpv, String frequency, List<String> notifyOn) {
        return jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', :cpv, :notifyOn, :frequency, 'ACTIVE', now(), now())
                        RETURNING id""")
                .param("subscriber", subscriberId)
                .param("cpv", new String[] {cpv})
                .param("notifyOn", notifyOn.toArray(String[]::new))
                .param("frequency", frequency)
                .query(Long.class)
                .single();
    }

    long keyword(long subscriberId, String keyword) {
        return jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, keywords, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', ARRAY[:keyword], :notifyOn, 'IMMEDIATE', 'ACTIVE', now(), now())
                        RETURNING id""")
                .param("subscriber", subscriberId)
                .param("keyword", keyword)
                .param("notifyOn", new String[] {"EVENT_ANNOUNCED"})
                .query(Long.class)
                .single();
    }

    long follow(long subscriberId, String reference) {
        return jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, procurement_reference, notify_on, frequency,
                                                        status, created_at, confirmed_at)
                        VALUES (:subscriber, 'FOLLOW', :reference, :notifyOn, 'IMMEDIATE', 'ACTIVE', now(), now())
                        RETURNING id""")
                .param("subscriber", subscriberId)
                .param("reference", reference)
                .param("notifyOn", ALL_KINDS.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** Removes the subscriber, so later tests on the shared database do not mail them. */
    void delete(long subscriberId) {
        jdbc.sql("DELETE FROM alert_subscriber WHERE id = :id")
                .param("id", subscriberId)
                .update();
    }

    String draft(String title, String cpv, ExpectedPeriod expected) {
        String reference = PublicEntries.uniqueReference("AL");
        procurements.createDraft(reference, PublicEntries.simple(title, cpv, expected));
        return reference;
    }

    String publish(String title, String cpv) {
        String reference = draft(title, cpv, ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2));
        procurements.publish(reference);
        return reference;
    }

    /** Stands in for the passing of time: the subscriber's waiting alerts were made at that moment. */
    void madeAt(long subscriberId, Instant at) {
        jdbc.sql("UPDATE alert_delivery SET created_at = :at WHERE subscriber_id = :id AND status = 'PENDING'")
                .param("at", Timestamp.from(at))
                .param("id", subscriberId)
                .update();
    }

    List<Map<String, Object>> deliveries(long subscriberId) {
        return jdbc.sql("""
                        SELECT id, procurement_reference, kind, change_key, frequency, status, skip_reason, outbox_id,
                               content::text AS content
                        FROM alert_delivery WHERE subscriber_id = :id ORDER BY id""").param("id", subscriberId).query().listOfRows();
    }

    long outboxMessages(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** Waits until the alerts listeners have handled every event published since the fixture was made. */
    void awaitListeners() {
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", since);
    }
}
