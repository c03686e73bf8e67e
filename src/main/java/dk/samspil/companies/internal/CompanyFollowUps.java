package dk.samspil.companies.internal;

import dk.samspil.companies.CompaniesProperties;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.DateLimits;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.StaffDirectory;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was agreed at visits: each follow-up has a task, an owner (an active staff user) and a due date. The owner sees
 * their open follow-ups on "Mine opfølgninger" and marks them done; on the due date, from
 * {@code samspil.companies.follow-up-reminder-at} (Danish time), the owner gets one reminder through the outbox. The
 * reminder is claimed ({@code reminded_at}) in the transaction that queues the mail, so running the job twice, or on
 * two servers, sends it once.
 */
@Service
class CompanyFollowUps {

    private static final Logger log = LoggerFactory.getLogger(CompanyFollowUps.class);
    static final String FOLLOW_UP = "CompanyFollowUp";
    static final int TASK_MAX = 500;
    static final int MAX_FOLLOW_UPS = 10;
    static final int PARTICIPANT_MAX = 200;
    static final int MAX_PARTICIPANTS = 30;

    private static final String SELECT = """
            SELECT f.id, f.note_id, f.task, f.owner, f.due_date, f.reminded_at, f.done_at, f.done_by, c.cvr,
                   c.name AS company_name, n.title AS note_title
            FROM company_follow_up f JOIN company_note n ON n.id = f.note_id JOIN company c ON c.id = n.company_id
            """;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final AuditLog audit;
    private final CompaniesProperties properties;
    private final Clock clock;
    private final String baseUrl;

    CompanyFollowUps(
            JdbcClient jdbc,
            StaffDirectory staff,
            MailOutbox outbox,
            MessageSource messages,
            DanishFormats formats,
            AuditLog audit,
            CompaniesProperties properties,
            Clock clock,
            PlatformProperties platform) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.outbox = outbox;
        this.messages = messages;
        this.formats = formats;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = platform.baseUrl().replaceAll("/+$", "");
    }

    /** The names of the people met, from a text with one name a line (or separated by commas). */
    static List<String> participants(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split("[\\r\\n,;]+")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The rules the participants and follow-ups break, with the fields as the form and the API name them. */
    List<Violation> violations(List<String> participants, List<NoteData.FollowUpData> followUps) {
        List<Violation> violations = new ArrayList<>();
        if (participants.size() > MAX_PARTICIPANTS
                || participants.stream().anyMatch(p -> p.length() > PARTICIPANT_MAX || !TextInput.isSingleLine(p))) {
            violations.add(
                    new Violation("participants", "companies.error.participants", MAX_PARTICIPANTS, PARTICIPANT_MAX));
        }
        if (followUps.size() > MAX_FOLLOW_UPS) {
            violations.add(new Violation("followUps", "companies.followUp.error.tooMany", MAX_FOLLOW_UPS));
            return violations;
        }
        for (int i = 0; i < followUps.size(); i++) {
            NoteData.FollowUpData followUp = followUps.get(i);
            String prefix = "followUps[" + i + "].";
            if (followUp.task() == null || followUp.task().isBlank()) {
                violations.add(new Violation(prefix + "task", "companies.followUp.error.task.required"));
            } else if (followUp.task().length() > TASK_MAX || !TextInput.isSingleLine(followUp.task())) {
                violations.add(new Violation(prefix + "task", "companies.followUp.error.task.size", TASK_MAX));
            }
            if (followUp.owner() == null || followUp.owner().isBlank()) {
                violations.add(new Violation(prefix + "owner", "companies.followUp.error.owner.required"));
            } else if (staff.activeByEmail(followUp.owner()).isEmpty()) {
                violations.add(new Violation(prefix + "owner", "companies.followUp.error.owner.unknown"));
            }
            if (followUp.dueDate() == null) {
                violations.add(new Violation(prefix + "dueDate", "companies.followUp.error.dueDate.required"));
            } else if (!DateLimits.isWithin(followUp.dueDate())) {
                violations.add(new Violation(prefix + "dueDate", DateLimits.MESSAGE, DateLimits.arguments()));
            }
        }
        return violations;
    }

    /** Stores a checked note's follow-ups, each owner written as the directory has their address. */
    void insert(long noteId, List<NoteData.FollowUpData> followUps, Instant now) {
        for (NoteData.FollowUpData followUp : followUps) {
            String owner = staff.activeByEmail(followUp.owner())
                    .map(StaffDirectory.StaffMember::email)
                    .orElse(followUp.owner());
            long id = jdbc.sql("""
                            INSERT INTO company_follow_up (note_id, task, owner, due_date, created_at)
                            VALUES (:note, :task, :owner, :due, :now) RETURNING id""")
                    .param("note", noteId)
                    .param("task", followUp.task())
                    .param("owner", owner)
                    .param("due", followUp.dueDate())
                    .param("now", Timestamp.from(now))
                    .query(Long.class)
                    .single();
            audit.created(FOLLOW_UP, id, Map.of("note", noteId, "owner", owner, "dueDate", followUp.dueDate()));
        }
    }

    /** The follow-ups of the notes, by note. */
    Map<Long, List<CompanyFollowUp>> ofNotes(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " WHERE f.note_id IN (:ids) ORDER BY f.due_date, f.id")
                .param("ids", noteIds)
                .query(CompanyFollowUps::followUp)
                .list()
                .stream()
                .collect(Collectors.groupingBy(CompanyFollowUp::noteId));
    }

    /** The user's open follow-ups, soonest due first. */
    @Transactional(readOnly = true)
    List<CompanyFollowUp> openFor(String owner) {
        return jdbc.sql(SELECT
                        + " WHERE lower(f.owner) = lower(:owner) AND f.done_at IS NULL ORDER BY f.due_date, f.id")
                .param("owner", owner)
                .query(CompanyFollowUps::followUp)
                .list();
    }

    /** The user's follow-ups done in the last 30 days, newest first. */
    @Transactional(readOnly = true)
    List<CompanyFollowUp> recentlyDoneBy(String owner) {
        return jdbc.sql(SELECT + """
                         WHERE lower(f.owner) = lower(:owner) AND f.done_at >= :since
                        ORDER BY f.done_at DESC, f.id LIMIT 50""")
                .param("owner", owner)
                .param("since", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))))
                .query(CompanyFollowUps::followUp)
                .list();
    }

    @Transactional(readOnly = true)
    long openCount(String owner) {
        return jdbc.sql("SELECT count(*) FROM company_follow_up WHERE lower(owner) = lower(:owner) AND done_at IS NULL")
                .param("owner", owner)
                .query(Long.class)
                .single();
    }

    /** Marks the owner's follow-up done. @return false when it is not theirs or not open */
    @Transactional
    boolean markDone(long id, String owner) {
        int updated = jdbc.sql("""
                        UPDATE company_follow_up SET done_at = :now, done_by = :owner
                        WHERE id = :id AND lower(owner) = lower(:owner) AND done_at IS NULL""")
                .param("id", id)
                .param("owner", owner)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (updated == 1) {
            audit.updated(FOLLOW_UP, id, Map.of("done", false), Map.of("done", true));
        }
        return updated == 1;
    }

    @Scheduled(
            fixedDelayString = "${samspil.companies.follow-up-reminder-check:10m}",
            initialDelayString = "${samspil.companies.follow-up-reminder-check:10m}")
    void scheduled() {
        int sent = remind(clock.instant());
        if (sent > 0) {
            log.info("Companies: {} follow-up reminder(s) queued", sent);
        }
    }

    /**
     * Queues one reminder for every open follow-up due on or before today whose owner has not been reminded, from the
     * reminder time on. @return how many mails were queued
     */
    @Transactional
    int remind(Instant now) {
        ZonedDateTime local = now.atZone(DanishFormats.ZONE);
        if (local.toLocalTime().isBefore(properties.followUpReminderAt())) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        List<CompanyFollowUp> due = jdbc.sql(SELECT + """
                         WHERE f.due_date <= :today AND f.reminded_at IS NULL AND f.done_at IS NULL
                        ORDER BY f.id
                        FOR UPDATE OF f SKIP LOCKED""")
                .param("today", today)
                .query(CompanyFollowUps::followUp)
                .list();
        Locale da = DanishFormats.DANISH;
        for (CompanyFollowUp followUp : due) {
            String subject =
                    messages.getMessage("companies.followUp.mail.subject", new Object[] {followUp.companyName()}, da);
            String body = messages.getMessage(
                    "companies.followUp.mail.body",
                    new Object[] {
                        followUp.task(),
                        followUp.companyName(),
                        followUp.cvr(),
                        formats.date(followUp.dueDate(), da),
                        baseUrl + CompanyFollowUpController.BASE,
                        baseUrl + CompanyController.BASE + "/" + followUp.cvr()
                    },
                    da);
            outbox.enqueue(OutgoingMail.of("companies.followUp", followUp.owner(), subject, body));
            jdbc.sql("UPDATE company_follow_up SET reminded_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", followUp.id())
                    .update();
        }
        return due.size();
    }

    private static CompanyFollowUp followUp(ResultSet rs, int n) throws SQLException {
        return new CompanyFollowUp(
                rs.getLong("id"),
                rs.getLong("note_id"),
                rs.getString("task"),
                rs.getString("owner"),
                rs.getObject("due_date", LocalDate.class),
                instant(rs.getTimestamp("reminded_at")),
                instant(rs.getTimestamp("done_at")),
                rs.getString("done_by"),
                rs.getString("cvr"),
                rs.getString("company_name"),
                rs.getString("note_title"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
