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
            received_on, registered_by, queue, status, assignee, acknowledge_by, answer_by, created_at, outcome, answered_on,
            topic_id, team_id""";

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the year, safe under concurrent inserts (the counter row is locked until commit). */
    int nextNumber(int year) {
        return jdbc.sql("""
                        INSERT INTO inquiry_year_counter (year, last) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last = inquiry_year_counter.last + 1
                        RETURNING last""").param("year", year).query(Integer.class).single();
    }

    long insert(
            String caseNumber,
            InquiryData data,
            @Nullable String registeredBy,
            Queue queue,
            @Nullable Long teamId,
            LocalDate acknowledgeBy,
            LocalDate answerBy,
            Instant now) {
        return jdbc.sql("""
                        INSERT INTO inquiry (case_number, channel, politician, from_name, company_name, email, phone, cvr,
                                             subject, message, received_on, registered_by, queue, status,
                                             acknowledge_by, answer_by, created_at, topic_id, team_id)
                        VALUES (:caseNumber, :channel, :politician, :name, :companyName, :email, :phone, :cvr,
                                :subject, :message, :receivedOn, :registeredBy, :queue, 'RECEIVED',
                                :acknowledgeBy, :answerBy, :now, :topic, :team)
                        RETURNING id""")
                .param("caseNumber", caseNumber)
                .param("channel", data.channel().name())
                .param("politician", data.politician())
                .param("name", data.name())
                .param("companyName", data.companyName())
                .param("email", data.email())
                .param("phone", data.phone())
                .param("cvr", data.cvr())
                .param("subject", data.subject())
                .param("message", data.message())
                .param("receivedOn", data.receivedOn())
                .param("registeredBy", registeredBy)
                .param("queue", queue.name())
                .param("acknowledgeBy", acknowledgeBy)
                .param("answerBy", answerBy)
                .param("now", Timestamp.from(now))
                .param("topic", data.topicId())
                .param("team", teamId)
                .query(Long.class)
                .single();
    }

    Optional<Inquiry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inquiry WHERE id = :id")
                .param("id", id)
                .query(InquiryRepository::inquiry)
                .optional();
    }

    Optional<Inquiry> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inquiry WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(InquiryRepository::inquiry)
                .optional();
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
                .param("today", today)
                .param("limit", limit)
                .query(InquiryRepository::inquiry)
                .list();
    }

    /** The open inquiries whose answer deadline is on or before {@code lastDay}, earliest deadline first. */
    List<Inquiry> openDueBy(LocalDate lastDay, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM inquiry WHERE status IN ('RECEIVED', 'ASSIGNED') AND answer_by <= :lastDay
                        ORDER BY answer_by, id LIMIT :limit""")
                .param("lastDay", lastDay)
                .param("limit", limit)
                .query(InquiryRepository::inquiry)
                .list();
    }

    /** Claims the morning mail of the day: {@code false} when it was already decided (by this or another instance). */
    boolean claimMorningMail(LocalDate day, Instant at, int overdue, int dueSoon, int recipients) {
        return jdbc.sql("""
                        INSERT INTO inquiry_morning_mail (day, decided_at, overdue, due_soon, recipients)
                        VALUES (:day, :at, :overdue, :dueSoon, :recipients) ON CONFLICT (day) DO NOTHING""")
                        .param("day", day)
                        .param("at", Timestamp.from(at))
                        .param("overdue", overdue)
                        .param("dueSoon", dueSoon)
                        .param("recipients", recipients)
                        .update()
                == 1;
    }

    long countOpen() {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE status IN ('RECEIVED', 'ASSIGNED')")
                .query(Long.class)
                .single();
    }

    long countOverdue(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE status IN ('RECEIVED', 'ASSIGNED') AND answer_by < :today")
                .param("today", today)
                .query(Long.class)
                .single();
    }

    void update(long id, InquiryStatus status, @Nullable String assignee) {
        jdbc.sql("UPDATE inquiry SET status = :status, assignee = :assignee WHERE id = :id")
                .param("status", status.name())
                .param("assignee", assignee)
                .param("id", id)
                .update();
    }

    /** Closes the case with its outcome, or (outcome {@code null}) just sets the status, clearing any outcome. */
    void close(long id, Outcome outcome, Instant at) {
        jdbc.sql("UPDATE inquiry SET status = 'CLOSED', outcome = :outcome, closed_at = :at WHERE id = :id")
                .param("outcome", outcome.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Reopens or moves a case; an outcome belongs to a closed case only. */
    void updateStatus(long id, InquiryStatus status) {
        jdbc.sql("""
                        UPDATE inquiry SET status = :status,
                               outcome = CASE WHEN :status = 'CLOSED' THEN outcome END,
                               closed_at = CASE WHEN :status = 'CLOSED' THEN closed_at END
                        WHERE id = :id""").param("status", status.name()).param("id", id).update();
    }

    /** Marks the first answer: the status becomes answered unless the case is closed. */
    void answered(long id, LocalDate on) {
        jdbc.sql("""
                        UPDATE inquiry SET answered_on = coalesce(answered_on, :on),
                               status = CASE WHEN status = 'CLOSED' THEN status ELSE 'ANSWERED' END
                        WHERE id = :id""").param("on", on).param("id", id).update();
    }

    void route(long id, Queue queue, @Nullable Long teamId) {
        jdbc.sql("UPDATE inquiry SET queue = :queue, team_id = :team WHERE id = :id")
                .param("queue", queue.name())
                .param("team", teamId)
                .param("id", id)
                .update();
    }

    Optional<Long> idByCaseNumber(String caseNumber) {
        return jdbc.sql("SELECT id FROM inquiry WHERE case_number = :caseNumber AND anonymised_at IS NULL")
                .param("caseNumber", caseNumber)
                .query(Long.class)
                .optional();
    }

    long addEntry(
            long inquiryId,
            InquiryEntry.Kind kind,
            Instant at,
            @Nullable String actor,
            @Nullable String counterpart,
            String body) {
        return jdbc.sql("""
                        INSERT INTO inquiry_entry (inquiry_id, kind, occurred_at, actor, counterpart, body)
                        VALUES (:inquiry, :kind, :at, :actor, :counterpart, :body) RETURNING id""")
                .param("inquiry", inquiryId)
                .param("kind", kind.name())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("counterpart", counterpart)
                .param("body", body)
                .query(Long.class)
                .single();
    }

    /** Stores a mail from the inquirer once: {@code false} when a mail with this Message-ID is already on a case. */
    /** Who closed the case last, from its log. */
    Optional<String> closedBy(long inquiryId) {
        return jdbc.sql("""
                        SELECT actor FROM inquiry_event WHERE inquiry_id = :id AND kind = 'CLOSED' AND actor IS NOT NULL
                        ORDER BY occurred_at DESC, id DESC LIMIT 1""").param("id", inquiryId).query(String.class).optional();
    }

    boolean addIncoming(long inquiryId, String messageId, Instant at, String sender, String body) {
        return jdbc.sql("""
                        INSERT INTO inquiry_entry (inquiry_id, kind, occurred_at, counterpart, body, message_id)
                        VALUES (:inquiry, 'INCOMING', :at, :sender, :body, :messageId)
                        ON CONFLICT (message_id) DO NOTHING""")
                        .param("inquiry", inquiryId)
                        .param("at", Timestamp.from(at))
                        .param("sender", sender)
                        .param("body", body)
                        .param("messageId", messageId)
                        .update()
                == 1;
    }

    void addAttachment(long inquiryId, NewAttachment attachment, Instant at) {
        jdbc.sql("""
                        INSERT INTO inquiry_attachment (inquiry_id, file_name, kind, size_bytes, content, created_at)
                        VALUES (:inquiry, :name, :kind, :size, :content, :at)""")
                .param("inquiry", inquiryId)
                .param("name", attachment.fileName())
                .param("kind", attachment.kind().name())
                .param("size", attachment.content().length)
                .param("content", attachment.content())
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Attachment> attachments(long inquiryId) {
        return jdbc.sql(
                        "SELECT id, file_name, kind, size_bytes FROM inquiry_attachment WHERE inquiry_id = :id ORDER BY id")
                .param("id", inquiryId)
                .query((rs, i) -> new Attachment(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        dk.samspil.platform.UploadedFiles.Kind.valueOf(rs.getString("kind")),
                        rs.getInt("size_bytes")))
                .list();
    }

    Optional<byte[]> attachmentContent(long inquiryId, long attachmentId) {
        return jdbc.sql("SELECT content FROM inquiry_attachment WHERE inquiry_id = :inquiry AND id = :id")
                .param("inquiry", inquiryId)
                .param("id", attachmentId)
                .query(byte[].class)
                .optional();
    }

    List<InquiryEntry> entries(long inquiryId) {
        return jdbc.sql("""
                        SELECT id, kind, occurred_at, actor, counterpart, body FROM inquiry_entry
                        WHERE inquiry_id = :id ORDER BY occurred_at, id""")
                .param("id", inquiryId)
                .query((rs, i) -> new InquiryEntry(
                        rs.getLong("id"),
                        InquiryEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("counterpart"),
                        rs.getString("body")))
                .list();
    }

    void log(long inquiryId, Instant at, @Nullable String actor, InquiryEvent.Kind kind, @Nullable String detail) {
        jdbc.sql("""
                        INSERT INTO inquiry_event (inquiry_id, occurred_at, actor, kind, detail)
                        VALUES (:inquiry, :at, :actor, :kind, :detail)""")
                .param("inquiry", inquiryId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("kind", kind.name())
                .param("detail", detail)
                .update();
    }

    List<InquiryEvent> events(long inquiryId) {
        return jdbc.sql(
                        "SELECT occurred_at, actor, kind, detail FROM inquiry_event WHERE inquiry_id = :id ORDER BY occurred_at, id")
                .param("id", inquiryId)
                .query((rs, i) -> new InquiryEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        InquiryEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getString("detail")))
                .list();
    }

    private static Inquiry inquiry(ResultSet rs, int row) throws SQLException {
        return new Inquiry(
                rs.getLong("id"),
                rs.getString("case_number"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("politician"),
                rs.getString("from_name"),
                rs.getString("company_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("cvr"),
                rs.getString("subject"),
                rs.getString("message"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("registered_by"),
                Queue.valueOf(rs.getString("queue")),
                InquiryStatus.valueOf(rs.getString("status")),
                rs.getString("assignee"),
                rs.getObject("acknowledge_by", LocalDate.class),
                rs.getObject("answer_by", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("answered_on", LocalDate.class),
                rs.getObject("topic_id", Long.class),
                rs.getObject("team_id", Long.class));
    }
}
