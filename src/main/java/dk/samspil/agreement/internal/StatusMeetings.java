package dk.samspil.agreement.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status meetings of the agreement: each belongs to a period; decisions and actions are recorded at a meeting,
 * and the actions still open are carried to every later meeting until they are done.
 */
@Service
class StatusMeetings {

    record Meeting(long id, long periodId, LocalDate heldOn, String title, String minutes) {}

    record Decision(long id, long meetingId, String text) {}

    record Action(
            long id,
            long meetingId,
            LocalDate meetingDate,
            @Nullable Long decisionId,
            String text,
            String owner,
            LocalDate dueOn,
            String status) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final AgreementService agreements;
    private final AuditLog audit;
    private final Clock clock;

    StatusMeetings(JdbcClient jdbc, AgreementService agreements, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
    }

    private static Meeting meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("period_id"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("title"),
                rs.getString("minutes"));
    }

    @Transactional(readOnly = true)
    List<Meeting> meetings() {
        return jdbc.sql("SELECT * FROM agreement_meeting ORDER BY held_on, id")
                .query((rs, n) -> meeting(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM agreement_meeting WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> meeting(rs))
                .optional();
    }

    /** The meeting held before this one (across periods), if any. */
    @Transactional(readOnly = true)
    Optional<Meeting> previous(Meeting meeting) {
        return jdbc.sql("""
                        SELECT * FROM agreement_meeting WHERE (held_on, id) < (:on, :id)
                        ORDER BY held_on DESC, id DESC LIMIT 1""")
                .param("on", Date.valueOf(meeting.heldOn()))
                .param("id", meeting.id())
                .query((rs, n) -> meeting(rs))
                .optional();
    }

    /** A meeting must belong to a period and be held within it. */
    @Transactional
    long create(MeetingForm form) {
        List<Violation> violations = new ArrayList<>();
        Optional<AgreementService.Period> period =
                form.periodId() == null ? Optional.empty() : agreements.find(form.periodId());
        if (period.isEmpty()) {
            violations.add(new Violation("periodId", "agreement.meeting.period.required"));
        } else if (form.heldOn() != null && !period.get().contains(form.heldOn())) {
            violations.add(new Violation(
                    "heldOn",
                    "agreement.meeting.outside",
                    period.get().startsOn().toString(),
                    period.get().endsOn().toString()));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long id = jdbc.sql("""
                        INSERT INTO agreement_meeting (period_id, held_on, title, created_at)
                        VALUES (:p, :on, :t, :now) RETURNING id""")
                .param("p", form.periodId())
                .param("on", Date.valueOf(form.heldOn()))
                .param("t", form.title().strip())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created("agreement_meeting", id, Map.of("period", form.periodId(), "heldOn", form.heldOn()));
        return id;
    }

    @Transactional
    void saveMinutes(long meetingId, String minutes) {
        jdbc.sql("UPDATE agreement_meeting SET minutes = :m WHERE id = :id")
                .param("m", minutes.strip())
                .param("id", meetingId)
                .update();
    }

    /** A decision and, when an action is given, the action that follows from it. */
    @Transactional
    long decide(long meetingId, DecisionForm form) {
        boolean action = form.actionText() != null && !form.actionText().isBlank();
        List<Violation> violations = new ArrayList<>();
        if (action && (form.owner() == null || form.owner().isBlank())) {
            violations.add(new Violation("owner", "agreement.action.owner.required"));
        }
        if (action && form.dueOn() == null) {
            violations.add(new Violation("dueOn", "agreement.action.due.required"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long decision = jdbc.sql("INSERT INTO agreement_decision (meeting_id, text) VALUES (:m, :t) RETURNING id")
                .param("m", meetingId)
                .param("t", form.decision().strip())
                .query(Long.class)
                .single();
        if (action) {
            jdbc.sql("""
                            INSERT INTO agreement_action (meeting_id, decision_id, text, owner, due_on, status)
                            VALUES (:m, :d, :t, :o, :due, 'OPEN')""")
                    .param("m", meetingId)
                    .param("d", decision)
                    .param("t", form.actionText().strip())
                    .param("o", form.owner().strip())
                    .param("due", Date.valueOf(form.dueOn()))
                    .update();
        }
        audit.created("agreement_decision", decision, Map.of("meeting", meetingId, "action", action));
        return decision;
    }

    @Transactional
    void setActionStatus(long actionId, boolean done) {
        jdbc.sql("UPDATE agreement_action SET status = :s, done_at = :at WHERE id = :id")
                .param("s", done ? "DONE" : "OPEN")
                .param("at", done ? Timestamp.from(clock.instant()) : null)
                .param("id", actionId)
                .update();
        audit.updated("agreement_action", actionId, Map.of(), Map.of("done", done));
    }

    @Transactional(readOnly = true)
    Optional<Action> action(long id) {
        return actions("a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<Decision> decisions(long meetingId) {
        return jdbc.sql("SELECT * FROM agreement_decision WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("text")))
                .list();
    }

    /** The actions recorded at the meeting. */
    @Transactional(readOnly = true)
    List<Action> actionsOf(long meetingId) {
        return actions("a.meeting_id = :m", Map.of("m", meetingId));
    }

    /** Actions from earlier meetings still open: carried to this meeting. */
    @Transactional(readOnly = true)
    List<Action> carriedTo(Meeting meeting) {
        return actions(
                "a.status = 'OPEN' AND (m.held_on, m.id) < (:on, :id)",
                Map.of("on", Date.valueOf(meeting.heldOn()), "id", meeting.id()));
    }

    private List<Action> actions(String where, Map<String, Object> params) {
        return jdbc.sql("""
                        SELECT a.*, m.held_on FROM agreement_action a JOIN agreement_meeting m ON m.id = a.meeting_id
                        WHERE %s ORDER BY m.held_on, a.due_on, a.id""".formatted(where))
                .params(params)
                .query((rs, n) -> new Action(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getDate("held_on").toLocalDate(),
                        (Long) rs.getObject("decision_id"),
                        rs.getString("text"),
                        rs.getString("owner"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getString("status")))
                .list();
    }
}
