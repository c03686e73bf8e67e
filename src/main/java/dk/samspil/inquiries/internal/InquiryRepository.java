package dk.samspil.inquiries.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for inquiries, their per-year case numbers and their logs. */
@Repository
class InquiryRepository {

    private static final String COLUMNS = """
            id, case_number, channel, politician, from_name, company_name, email, phone, cvr, subject, message,
            received_on, registered_by, queue, status, assignee, acknowledge_by, answer_by, created_at""";

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the year, safe under concurrent inserts (the counter row is locked until commit). */
    int nextNumber(int year) {
        return jdbc.sql("""
                        INSERT INTO inquiry_year_counter (year, last) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last = inquiry_year_counter.last + 1
                        RETURNING last""")
                .param("year", year).query(Integer.class).single();
    }

    long insert(String caseNumber, InquiryData data, @Nullable String registeredBy, Queue queue,
                LocalDate acknowledgeBy, LocalDate answerBy, Instant now) {
        return jdbc.sql("""
                        INSERT INTO inquiry (case_number, channel, politician, from_name, company_name, email, phone, cvr,
                                             subject, message, received_on, registered_by, queue, status,
                                             acknowledge_by, answer_by, created_at)
                        VALUES (:caseNumber, :channel, :politician, :name, :companyName, :email, :phone, :cvr,
                                :subject, :message, :receivedOn, :registeredBy, :queue, 'RECEIVED',
                                :acknowledgeBy, :answerBy, :now)
                        RETURNING id""")
                .param("caseNumber", caseNumber).param("channel", data.channel().name())
                .param("politician", data.politician()).param("name", data.name())
                .param("companyName", data.companyName()).param("email", data.email()).param("phone", data.phone())
                .param("cvr", data.cvr()).param("subject", data.subject()).param("message", data.message())
                .param("receivedOn", data.receivedOn()).param("registeredBy", registeredBy)
                .param("queue", queue.name()).param("acknowledgeBy", acknowledgeBy).param("answerBy", answerBy)
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    Optional<Inquiry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inquiry WHERE id = :id").param("id", id)
                .query(InquiryRepository::inquiry).optional();
    }

    Optional<Inquiry> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inquiry WHERE id = :id FOR UPDATE").param("id", id)
                .query(InquiryRepository::inquiry).optional();
    }

    /** Every inquiry: open ones overdue on {@code today} first, then open ones by deadline, then the rest newest first. */
    List<Inquiry> list(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM inquiry
                        ORDER BY (status IN ('RECEIVED', 'ASSIGNED') AND answer_by < :today) DESC,
                                 (status IN ('RECEIVED', 'ASSIGNED')) DESC,
                                 CASE WHEN status IN ('RECEIVED', 'ASSIGNED') THEN answer_by END,
                                 received_on DESC, id DESC
                        LIMIT :limit""")
                .param("today", today).param("limit", limit)
                .query(InquiryRepository::inquiry).list();
    }

    long countOpen() {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE status IN ('RECEIVED', 'ASSIGNED')")
                .query(Long.class).single();
    }

    long countOverdue(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE status IN ('RECEIVED', 'ASSIGNED') AND answer_by < :today")
                .param("today", today).query(Long.class).single();
    }

    void update(long id, InquiryStatus status, @Nullable String assignee) {
        jdbc.sql("UPDATE inquiry SET status = :status, assignee = :assignee WHERE id = :id")
                .param("status", status.name()).param("assignee", assignee).param("id", id).update();
    }

    void log(long inquiryId, Instant at, @Nullable String actor, InquiryEvent.Kind kind, @Nullable String detail) {
        jdbc.sql("""
                        INSERT INTO inquiry_event (inquiry_id, occurred_at, actor, kind, detail)
                        VALUES (:inquiry, :at, :actor, :kind, :detail)""")
                .param("inquiry", inquiryId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("kind", kind.name()).param("detail", detail).update();
    }

    List<InquiryEvent> events(long inquiryId) {
        return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM inquiry_event WHERE inquiry_id = :id ORDER BY occurred_at, id")
                .param("id", inquiryId)
                .query((rs, i) -> new InquiryEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        InquiryEvent.Kind.valueOf(rs.getString("kind")), rs.getString("detail")))
                .list();
    }

    private static Inquiry inquiry(ResultSet rs, int row) throws SQLException {
        return new Inquiry(rs.getLong("id"), rs.getString("case_number"), Channel.valueOf(rs.getString("channel")),
                rs.getString("politician"), rs.getString("from_name"), rs.getString("company_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("cvr"), rs.getString("subject"),
                rs.getString("message"), rs.getObject("received_on", LocalDate.class), rs.getString("registered_by"),
                Queue.valueOf(rs.getString("queue")), InquiryStatus.valueOf(rs.getString("status")),
                rs.getString("assignee"), rs.getObject("acknowledge_by", LocalDate.class),
                rs.getObject("answer_by", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }
}
