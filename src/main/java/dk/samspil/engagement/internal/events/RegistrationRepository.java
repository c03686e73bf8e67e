package dk.samspil.engagement.internal.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for registrations and the waiting list. Callers hold the event's row lock when seats may change. */
@Repository
class RegistrationRepository {

    private static final String COLUMNS = """
            id, event_id, name, company, cvr, email, participants, needs, status, offer_expires_at, slot_id,
            attended, ics_sequence, created_at, language""";

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long eventId, RegistrationRequest request, RegistrationStatus status, Instant offerExpiresAt, Instant now) {
        return jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, cvr, email, participants, needs,
                                                             status, offer_expires_at, slot_id, created_at, updated_at,
                                                             language)
                        VALUES (:event, :name, :company, :cvr, :email, :participants, :needs, :status, :offer, :slot,
                                :now, :now, :language)
                        RETURNING id""")
                .param("event", eventId)
                .param("name", request.name())
                .param("company", request.company())
                .param("cvr", request.cvr())
                .param("email", request.email())
                .param("participants", request.participants())
                .param("needs", request.needs())
                .param("status", status.name())
                .param("offer", offerExpiresAt == null ? null : Timestamp.from(offerExpiresAt))
                .param("slot", request.slotId())
                .param("now", Timestamp.from(now))
                .param("language", RegistrationRequest.language(request.language()))
                .query(Long.class)
                .single();
    }

    Optional<Registration> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM engagement_registration WHERE id = :id")
                .param("id", id)
                .query(RegistrationRepository::registration)
                .optional();
    }

    /** All registrations of an event, confirmed first, then the waiting list in order. */
    List<Registration> forEvent(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM engagement_registration WHERE event_id = :id
                        ORDER BY CASE status WHEN 'CONFIRMED' THEN 0 WHEN 'OFFERED' THEN 1 WHEN 'WAITING' THEN 2
                                 ELSE 3 END, id""")
                .param("id", eventId)
                .query(RegistrationRepository::registration)
                .list();
    }

    int seatsTaken(long eventId) {
        return jdbc.sql("""
                        SELECT coalesce(sum(participants), 0) FROM engagement_registration
                        WHERE event_id = :id AND status IN ('CONFIRMED', 'OFFERED')""").param("id", eventId).query(Integer.class).single();
    }

    boolean hasWaitingList(long eventId) {
        return jdbc.sql("SELECT count(*) FROM engagement_registration WHERE event_id = :id AND status = 'WAITING'")
                        .param("id", eventId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Registration> firstWaiting(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM engagement_registration WHERE event_id = :id AND status = 'WAITING'
                        ORDER BY id LIMIT 1""")
                .param("id", eventId)
                .query(RegistrationRepository::registration)
                .optional();
    }

    boolean activeEmail(long eventId, String email) {
        return jdbc.sql("""
                        SELECT count(*) FROM engagement_registration
                        WHERE event_id = :id AND lower(email) = lower(:email)
                          AND status IN ('CONFIRMED', 'WAITING', 'OFFERED')""")
                        .param("id", eventId)
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The participants of the company's active registrations (seats and waiting list) for the event. */
    int companyParticipants(long eventId, Company company) {
        return jdbc.sql("""
                        SELECT coalesce(sum(participants), 0) FROM engagement_registration
                        WHERE event_id = :id AND status IN ('CONFIRMED', 'WAITING', 'OFFERED')
                          AND ((CAST(:cvr AS TEXT) IS NOT NULL AND cvr = :cvr)
                               OR (CAST(:domain AS TEXT) IS NOT NULL AND (CAST(:cvr AS TEXT) IS NULL OR cvr IS NULL)
                                   AND lower(split_part(email, '@', 2)) = :domain))""")
                .param("id", eventId)
                .param("cvr", company.cvr())
                .param("domain", company.mailDomain())
                .query(Integer.class)
                .single();
    }

    /** The place of a waiting registration in the event's waiting list, counting from 1 (the list is in id order). */
    int waitingPosition(long eventId, long registrationId) {
        return jdbc.sql("""
                        SELECT count(*) FROM engagement_registration
                        WHERE event_id = :event AND status = 'WAITING' AND id <= :id""")
                .param("event", eventId)
                .param("id", registrationId)
                .query(Integer.class)
                .single();
    }

    void setStatus(long id, RegistrationStatus status, Instant offerExpiresAt, Instant now) {
        jdbc.sql("""
                        UPDATE engagement_registration
                        SET status = :status, offer_expires_at = :offer, updated_at = :now,
                            slot_id = CASE WHEN :status IN ('CANCELLED', 'EXPIRED') THEN NULL ELSE slot_id END,
                            ics_sequence = CASE WHEN :status = 'CANCELLED' THEN ics_sequence + 1 ELSE ics_sequence END
                        WHERE id = :id""")
                .param("status", status.name())
                .param("offer", offerExpiresAt == null ? null : Timestamp.from(offerExpiresAt))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The calendar entries of the event's confirmed registrations change: their SEQUENCE rises. */
    void nextSequenceOfConfirmed(long eventId, Instant now) {
        jdbc.sql("""
                        UPDATE engagement_registration SET ics_sequence = ics_sequence + 1, updated_at = :now
                        WHERE event_id = :event AND status = 'CONFIRMED'""").param("now", Timestamp.from(now)).param("event", eventId).update();
    }

    void setAttended(long id, boolean attended, Instant now) {
        jdbc.sql("UPDATE engagement_registration SET attended = :attended, updated_at = :now WHERE id = :id")
                .param("attended", attended)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Events with offers that ran out; the caller expires them under each event's lock. */
    List<Long> eventsWithExpiredOffers(Instant now) {
        return jdbc.sql("""
                        SELECT DISTINCT event_id FROM engagement_registration
                        WHERE status = 'OFFERED' AND offer_expires_at <= :now""").param("now", Timestamp.from(now)).query(Long.class).list();
    }

    List<Registration> expiredOffers(long eventId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM engagement_registration
                        WHERE event_id = :id AND status = 'OFFERED' AND offer_expires_at <= :now ORDER BY id""")
                .param("id", eventId)
                .param("now", Timestamp.from(now))
                .query(RegistrationRepository::registration)
                .list();
    }

    /**
     * Confirmed registrations due a reminder, locked so that a second instance skips them; marking them in the
     * same transaction makes the reminder go out once.
     */
    List<Registration> claimDueReminders(Instant now, Instant startsBefore, int limit) {
        return jdbc.sql("SELECT " + COLUMNS.replaceAll("(\\w+)", "r.$1") + """
                         FROM engagement_registration r JOIN engagement_event e ON e.id = r.event_id
                        WHERE r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL AND e.status = 'PUBLISHED'
                          AND e.starts_at > :now AND e.starts_at <= :before
                        ORDER BY r.id LIMIT :limit
                        FOR UPDATE OF r SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(startsBefore))
                .param("limit", limit)
                .query(RegistrationRepository::registration)
                .list();
    }

    void markReminded(long id, Instant now) {
        jdbc.sql("UPDATE engagement_registration SET reminder_sent_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Deletes the registrations of events that ended before {@code endedBefore}; returns what was deleted. */
    List<Registration> deleteEndedBefore(Instant endedBefore) {
        return jdbc.sql("""
                        DELETE FROM engagement_registration r USING engagement_event e
                        WHERE e.id = r.event_id AND e.ends_at < :before
                        RETURNING r.id, r.event_id, r.name, r.company, r.cvr, r.email, r.participants, r.needs,
                                  r.status, r.offer_expires_at, r.slot_id, r.attended, r.ics_sequence, r.created_at,
                                  r.language""")
                .param("before", Timestamp.from(endedBefore))
                .query(RegistrationRepository::registration)
                .list();
    }

    private static Registration registration(ResultSet rs, int row) throws SQLException {
        return new Registration(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getString("name"),
                rs.getString("company"),
                rs.getString("cvr"),
                rs.getString("email"),
                rs.getInt("participants"),
                rs.getString("needs"),
                RegistrationStatus.valueOf(rs.getString("status")),
                EventRepository.instant(rs, "offer_expires_at"),
                (Long) rs.getObject("slot_id"),
                rs.getBoolean("attended"),
                rs.getInt("ics_sequence"),
                EventRepository.instant(rs, "created_at"),
                rs.getString("language"));
    }
}
