package dk.samspil.engagement.internal.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for events, their procurement links and slots. */
@Repository
class EventRepository {

    private static final String COLUMNS = """
            e.id, e.type, e.title, e.description, e.starts_at, e.ends_at, e.place, e.online_url, e.capacity,
            e.participants_per_company, e.registration_deadline, e.theme, e.status, e.cancel_reason, e.created_by, e.created_at, e.updated_at,
            e.published_at,
            ARRAY(SELECT p.procurement_reference FROM engagement_event_procurement p WHERE p.event_id = e.id
                  ORDER BY p.procurement_reference) AS refs""";

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EventDetails details, String createdBy, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO engagement_event (type, title, description, starts_at, ends_at, place, online_url,
                                                      capacity, participants_per_company, registration_deadline, theme,
                                                      created_by, created_at, updated_at)
                        VALUES (:type, :title, :description, :startsAt, :endsAt, :place, :onlineUrl, :capacity,
                                :perCompany, :deadline, :theme, :createdBy, :now, :now)
                        RETURNING id""")
                .params(params(details))
                .param("createdBy", createdBy)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        writeReferences(id, details.procurementReferences());
        return id;
    }

    void update(long id, EventDetails details, Instant now) {
        jdbc.sql("""
                        UPDATE engagement_event
                        SET type = :type, title = :title, description = :description, starts_at = :startsAt,
                            ends_at = :endsAt, place = :place, online_url = :onlineUrl, capacity = :capacity,
                            participants_per_company = :perCompany, registration_deadline = :deadline, theme = :theme, updated_at = :now
                        WHERE id = :id""")
                .params(params(details))
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM engagement_event_procurement WHERE event_id = :id")
                .param("id", id)
                .update();
        writeReferences(id, details.procurementReferences());
    }

    void setStatus(long id, EventStatus status, String cancelReason, Instant now) {
        jdbc.sql("""
                        UPDATE engagement_event
                        SET status = :status, cancel_reason = :reason, updated_at = :now,
                            published_at = CASE WHEN :status = 'PUBLISHED' THEN :now ELSE published_at END
                        WHERE id = :id""")
                .param("status", status.name())
                .param("reason", cancelReason)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    Optional<Event> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM engagement_event e WHERE e.id = :id")
                .param("id", id)
                .query(EventRepository::event)
                .optional();
    }

    /** Reads the event and locks its row: registrations, cancellations and promotions of one event queue here. */
    Optional<Event> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM engagement_event e WHERE e.id = :id FOR UPDATE")
                .param("id", id)
                .query(EventRepository::event)
                .optional();
    }

    List<Event> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM engagement_event e ORDER BY e.starts_at DESC, e.id DESC")
                .query(EventRepository::event)
                .list();
    }

    /** Published or cancelled events that have not ended, soonest first, of the filter's type and theme. */
    List<Event> upcoming(Instant now, EventFilter filter) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM engagement_event e
                        WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at > :now
                        """ + FILTER + " ORDER BY e.starts_at, e.id")
                .param("now", Timestamp.from(now))
                .params(filterParams(filter))
                .query(EventRepository::event)
                .list();
    }

    /** Published events that have ended, latest first, of the filter's type and theme; one page. */
    List<Event> past(Instant now, EventFilter filter, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM engagement_event e
                        WHERE e.status = 'PUBLISHED' AND e.ends_at <= :now
                        """ + FILTER
                        + " ORDER BY e.starts_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .param("now", Timestamp.from(now))
                .params(filterParams(filter))
                .param("limit", limit)
                .param("offset", offset)
                .query(EventRepository::event)
                .list();
    }

    int countPast(Instant now, EventFilter filter) {
        return jdbc.sql("""
                        SELECT count(*) FROM engagement_event e
                        WHERE e.status = 'PUBLISHED' AND e.ends_at <= :now
                        """ + FILTER)
                .param("now", Timestamp.from(now))
                .params(filterParams(filter))
                .query(Integer.class)
                .single();
    }

    /** A published event still open for registration, with what is free: seats or dialogue slots. */
    record Open(Event event, Integer seatsLeft, int freeSlots) {}

    /**
     * The next published events still open for registration that have a seat (or a dialogue slot) left, soonest
     * first, at most {@code limit}: one query, seats and slots counted in it.
     */
    List<Open> nextWithRoom(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + """
                        , CAST(e.capacity - (SELECT coalesce(sum(r.participants), 0) FROM engagement_registration r
                                             WHERE r.event_id = e.id AND r.status IN ('CONFIRMED', 'OFFERED'))
                               AS INTEGER) AS seats_left,
                          (SELECT count(*) FROM engagement_event_slot s
                           WHERE s.event_id = e.id
                             AND NOT EXISTS (SELECT 1 FROM engagement_registration r
                                             WHERE r.event_id = s.event_id AND r.slot_id = s.id
                                               AND r.status = 'CONFIRMED')) AS free_slots
                         FROM engagement_event e
                        WHERE e.status = 'PUBLISHED' AND coalesce(e.registration_deadline, e.starts_at) > :now
                        ) open
                        WHERE CASE WHEN open.type = 'DIALOGUE_SLOTS' THEN open.free_slots > 0
                                   ELSE open.capacity IS NULL OR open.seats_left > 0 END
                        ORDER BY open.starts_at, open.id LIMIT :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) ->
                        new Open(event(rs, row), (Integer) rs.getObject("seats_left"), rs.getInt("free_slots")))
                .list();
    }

    /** The themes of the upcoming (or the past) public events, each once whatever its case, alphabetically. */
    List<String> themes(Instant now, boolean past) {
        return jdbc.sql("""
                        SELECT min(e.theme) FROM engagement_event e
                        WHERE e.theme IS NOT NULL
                          AND (CASE WHEN :past THEN e.status = 'PUBLISHED' AND e.ends_at <= :now
                                    ELSE e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at > :now END)
                        GROUP BY lower(e.theme) ORDER BY lower(e.theme)""")
                .param("now", Timestamp.from(now))
                .param("past", past)
                .query(String.class)
                .list();
    }

    List<Event> upcomingFor(String reference, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM engagement_event e
                        WHERE e.status = 'PUBLISHED' AND e.ends_at > :now
                          AND e.id IN (SELECT event_id FROM engagement_event_procurement
                                       WHERE lower(procurement_reference) = lower(:reference))
                        ORDER BY e.starts_at, e.id""")
                .param("now", Timestamp.from(now))
                .param("reference", reference)
                .query(EventRepository::event)
                .list();
    }

    /** The event's slots, each booked only by a confirmed registration of the same event. */
    List<Slot> slots(long eventId) {
        return jdbc.sql("""
                        SELECT s.id, s.event_id, s.starts_at, s.ends_at,
                               (SELECT r.id FROM engagement_registration r
                                WHERE r.event_id = s.event_id AND r.slot_id = s.id AND r.status = 'CONFIRMED') AS registration_id
                        FROM engagement_event_slot s WHERE s.event_id = :id ORDER BY s.starts_at""")
                .param("id", eventId)
                .query((rs, row) -> new Slot(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        (Long) rs.getObject("registration_id")))
                .list();
    }

    void replaceSlots(long eventId, List<Instant[]> slots) {
        jdbc.sql("DELETE FROM engagement_event_slot WHERE event_id = :id")
                .param("id", eventId)
                .update();
        for (Instant[] slot : slots) {
            jdbc.sql("INSERT INTO engagement_event_slot (event_id, starts_at, ends_at) VALUES (:id, :from, :to)")
                    .param("id", eventId)
                    .param("from", Timestamp.from(slot[0]))
                    .param("to", Timestamp.from(slot[1]))
                    .update();
        }
    }

    private void writeReferences(long id, List<String> references) {
        for (String reference : references) {
            jdbc.sql("""
                            INSERT INTO engagement_event_procurement (event_id, procurement_reference)
                            VALUES (:id, :reference) ON CONFLICT DO NOTHING""").param("id", id).param("reference", reference).update();
        }
    }

    private static final String FILTER = """
            AND (CAST(:type AS TEXT) IS NULL OR e.type = :type)
            AND (CAST(:theme AS TEXT) IS NULL OR lower(e.theme) = lower(:theme))""";

    private static Map<String, Object> filterParams(EventFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", filter.type() == null ? null : filter.type().name());
        params.put("theme", filter.theme());
        return params;
    }

    private static Map<String, Object> params(EventDetails details) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", details.type().name());
        params.put("title", details.title());
        params.put("description", details.description() == null ? "" : details.description());
        params.put("startsAt", Timestamp.from(details.startsAt()));
        params.put("endsAt", Timestamp.from(details.endsAt()));
        params.put("place", details.place());
        params.put("onlineUrl", details.onlineUrl());
        params.put("capacity", details.capacity());
        params.put("perCompany", details.participantsPerCompany());
        params.put(
                "deadline",
                details.registrationDeadline() == null ? null : Timestamp.from(details.registrationDeadline()));
        params.put("theme", details.theme());
        return params;
    }

    private static Event event(ResultSet rs, int row) throws SQLException {
        String[] refs = (String[]) rs.getArray("refs").getArray();
        EventDetails details = new EventDetails(
                EventType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("description"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("place"),
                rs.getString("online_url"),
                (Integer) rs.getObject("capacity"),
                (Integer) rs.getObject("participants_per_company"),
                instant(rs, "registration_deadline"),
                List.of(refs),
                rs.getString("theme"));
        return new Event(
                rs.getLong("id"),
                details,
                EventStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "published_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
