package dk.samspil.talent.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.talent.TalentProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutions as organisations with their own users: the consultants keep the list; an institution's users see the
 * opportunities in its fields, post their students' project wishes, which companies answer, and get a weekly digest.
 */
@Service
class InstitutionService {

    static final String INSTITUTION = "talent.institution";
    static final String WISH = "talent.wish";
    static final String ANSWER = "talent.wishAnswer";

    /** What a digest or the institution's page shows at most. */
    static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TalentMails mails;
    private final TalentProperties properties;
    private final Clock clock;

    InstitutionService(JdbcClient jdbc, AuditLog audit, TalentMails mails, TalentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- the consultants' list of institutions

    @Transactional(readOnly = true)
    List<Institution> institutions() {
        return jdbc.sql(SELECT_INSTITUTION + " ORDER BY lower(i.name)")
                .query(InstitutionService::institution)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Institution> institution(long id) {
        return jdbc.sql(SELECT_INSTITUTION + " WHERE i.id = :id")
                .param("id", id)
                .query(InstitutionService::institution)
                .optional();
    }

    /** The institution whose user signs in with this address, if any. */
    @Transactional(readOnly = true)
    Optional<Institution> ofMember(String email) {
        return jdbc.sql(SELECT_INSTITUTION
                        + " WHERE i.id = (SELECT institution_id FROM talent_institution_member"
                        + " WHERE lower(email) = lower(:email))")
                .param("email", email)
                .query(InstitutionService::institution)
                .optional();
    }

    @Transactional
    long createInstitution(InstitutionForm form) {
        List<String> members = check(null, form);
        long id = jdbc.sql("""
                        INSERT INTO talent_institution (name, fields, created_at) VALUES (:name, :fields, :now)
                        RETURNING id""")
                .param("name", form.name().strip())
                .param("fields", TalentService.names(form.fields()))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        setMembers(id, members);
        audit.created(INSTITUTION, id, state(form.name().strip(), form.fields(), members));
        return id;
    }

    /** False when the institution does not exist. */
    @Transactional
    boolean updateInstitution(long id, InstitutionForm form) {
        Optional<Institution> before = institution(id);
        if (before.isEmpty()) {
            return false;
        }
        List<String> members = check(id, form);
        jdbc.sql("UPDATE talent_institution SET name = :name, fields = :fields WHERE id = :id")
                .param("name", form.name().strip())
                .param("fields", TalentService.names(form.fields()))
                .param("id", id)
                .update();
        setMembers(id, members);
        audit.updated(
                INSTITUTION,
                id,
                Map.of(
                        "name",
                        before.get().name(),
                        "fields",
                        before.get().fields(),
                        "members",
                        before.get().members()),
                state(form.name().strip(), form.fields(), members));
        return true;
    }

    /** The form's rules; the members' addresses, cleaned, when it keeps them. */
    private List<String> check(@Nullable Long id, InstitutionForm form) {
        List<Violation> problems = new ArrayList<>();
        String name = form.name().strip();
        if (!properties.institutions().contains(name)) {
            problems.add(new Violation("name", "talent.institution.name.unknown"));
        } else if (jdbc.sql("""
                        SELECT count(*) > 0 FROM talent_institution
                        WHERE lower(name) = lower(:name) AND id <> coalesce(CAST(:id AS BIGINT), -1)""")
                .param("name", name)
                .param("id", id)
                .query(Boolean.class)
                .single()) {
            problems.add(new Violation("name", "talent.institution.name.taken"));
        }
        List<String> members = members(form.members());
        members.stream()
                .filter(address -> !EmailAddresses.isValid(address))
                .findFirst()
                .ifPresent(bad -> problems.add(new Violation("members", "talent.institution.members.invalid", bad)));
        if (problems.isEmpty()) {
            jdbc.sql("""
                            SELECT m.email FROM talent_institution_member m
                            WHERE lower(m.email) IN (:emails) AND m.institution_id <> coalesce(CAST(:id AS BIGINT), -1)
                            LIMIT 1""")
                    .param("emails", members.isEmpty() ? List.of("") : members)
                    .param("id", id)
                    .query(String.class)
                    .optional()
                    .ifPresent(
                            taken -> problems.add(new Violation("members", "talent.institution.members.taken", taken)));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        return members;
    }

    /** The addresses in a text with one a line (or separated by commas, semicolons or spaces), lower case, once. */
    static List<String> members(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String part : text.split("[\\s,;]+")) {
            if (!part.isBlank()) {
                addresses.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(addresses);
    }

    private void setMembers(long id, List<String> members) {
        jdbc.sql("DELETE FROM talent_institution_member WHERE institution_id = :id")
                .param("id", id)
                .update();
        for (String email : members) {
            jdbc.sql("INSERT INTO talent_institution_member (institution_id, email) VALUES (:id, :email)")
                    .param("id", id)
                    .param("email", email)
                    .update();
        }
    }

    private static Map<String, Object> state(String name, List<Choices.StudyField> fields, List<String> members) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("fields", fields.stream().map(Enum::name).toList());
        state.put("members", members);
        return state;
    }

    // ---- what an institution sees

    /**
     * The published opportunities still open for applications that are in one of the institution's fields or aimed
     * at it by name, soonest deadline first.
     */
    @Transactional(readOnly = true)
    List<Opportunity> opportunitiesFor(Institution institution) {
        return jdbc.sql("""
                        SELECT * FROM talent_opportunity
                        WHERE status = 'PUBLISHED' AND deadline >= :today
                          AND (fields && CAST(:fields AS TEXT[]) OR :name = ANY (institutions))
                        ORDER BY deadline, id LIMIT %d""".formatted(LIMIT))
                .param("today", today())
                .param("fields", institution.fields().toArray(String[]::new))
                .param("name", institution.name())
                .query(TalentService::opportunity)
                .list();
    }

    // ---- project wishes

    @Transactional(readOnly = true)
    List<Wish> wishesOf(long institutionId) {
        return jdbc.sql(SELECT_WISH
                        + " WHERE w.institution_id = :id ORDER BY w.status = 'OPEN' DESC, w.created_at DESC")
                .param("id", institutionId)
                .query(InstitutionService::wish)
                .list();
    }

    /** The open wishes, newest first, for the companies. */
    @Transactional(readOnly = true)
    List<Wish> openWishes() {
        return jdbc.sql(SELECT_WISH + " WHERE w.status = 'OPEN' ORDER BY w.created_at DESC, w.id DESC LIMIT " + LIMIT)
                .query(InstitutionService::wish)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Wish> wish(long id) {
        return jdbc.sql(SELECT_WISH + " WHERE w.id = :id")
                .param("id", id)
                .query(InstitutionService::wish)
                .optional();
    }

    /** The institution's own wish, never another's. */
    @Transactional(readOnly = true)
    Optional<Wish> wishOf(Institution institution, long id) {
        return wish(id).filter(w -> w.institutionId() == institution.id());
    }

    @Transactional(readOnly = true)
    List<WishAnswer> answers(long wishId) {
        return jdbc.sql("""
                        SELECT id, company_name, contact_name, email, message, created_at FROM talent_wish_answer
                        WHERE wish_id = :id ORDER BY created_at, id""")
                .param("id", wishId)
                .query((rs, n) -> new WishAnswer(
                        rs.getLong("id"),
                        rs.getString("company_name"),
                        rs.getString("contact_name"),
                        rs.getString("email"),
                        rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A user of the institution posts a wish; the companies' answers go to that user. */
    @Transactional
    long postWish(Institution institution, String userEmail, WishForm form) {
        checkWish(form);
        long id = jdbc.sql("""
                        INSERT INTO talent_wish (institution_id, title, description, fields, weeks, period_start,
                            contact_email, status, created_at)
                        VALUES (:institution, :title, :description, :fields, :weeks, :start, :email, 'OPEN', :now)
                        RETURNING id""")
                .param("institution", institution.id())
                .param("title", form.title().strip())
                .param("description", form.description().strip())
                .param("fields", TalentService.names(form.fields()))
                .param("weeks", form.weeks())
                .param("start", form.periodStart())
                .param("email", userEmail)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created(
                WISH,
                id,
                Map.of("institution", institution.id(), "title", form.title().strip()));
        return id;
    }

    /** False when the wish is not the institution's or is closed. */
    @Transactional
    boolean editWish(Institution institution, long id, String userEmail, WishForm form) {
        Optional<Wish> before = wishOf(institution, id).filter(Wish::open);
        if (before.isEmpty()) {
            return false;
        }
        checkWish(form);
        jdbc.sql("""
                        UPDATE talent_wish SET title = :title, description = :description, fields = :fields,
                            weeks = :weeks, period_start = :start, contact_email = :email
                        WHERE id = :id""")
                .param("title", form.title().strip())
                .param("description", form.description().strip())
                .param("fields", TalentService.names(form.fields()))
                .param("weeks", form.weeks())
                .param("start", form.periodStart())
                .param("email", userEmail)
                .param("id", id)
                .update();
        audit.updated(
                WISH,
                id,
                Map.of("title", before.get().title()),
                Map.of("title", form.title().strip()));
        return true;
    }

    /** False when the wish is not the institution's or is closed already. */
    @Transactional
    boolean closeWish(Institution institution, long id) {
        if (wishOf(institution, id).filter(Wish::open).isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE talent_wish SET status = 'CLOSED', closed_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        audit.updated(WISH, id, Map.of("status", "OPEN"), Map.of("status", "CLOSED"));
        return true;
    }

    private void checkWish(WishForm form) {
        if (form.periodStart().isBefore(today())) {
            throw new Rejected(new Violation("periodStart", "talent.wish.periodPast"));
        }
    }

    /** A company answers an open wish; the institution's user who posted it gets the answer by e-mail. */
    @Transactional
    long answer(long wishId, WishAnswerForm form) {
        Wish wish = wish(wishId).filter(Wish::open).orElseThrow(() -> Rejected.conflict("wish", "talent.wish.closed"));
        boolean twice = jdbc.sql("""
                        SELECT count(*) > 0 FROM talent_wish_answer
                        WHERE wish_id = :id AND lower(email) = lower(:email)""")
                .param("id", wishId)
                .param("email", form.email().strip())
                .query(Boolean.class)
                .single();
        if (twice) {
            throw Rejected.conflict("email", "talent.wish.answerTwice");
        }
        long id = jdbc.sql("""
                        INSERT INTO talent_wish_answer (wish_id, company_name, contact_name, email, message, created_at)
                        VALUES (:wish, :company, :contact, :email, :message, :now) RETURNING id""")
                .param("wish", wishId)
                .param("company", form.companyName().strip())
                .param("contact", form.contactName().strip())
                .param("email", form.email().strip())
                .param("message", form.message().strip())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created(
                ANSWER, id, Map.of("wish", wishId, "company", form.companyName().strip()));
        mails.wishAnswered(wish, form);
        return id;
    }

    // ---- the weekly digest

    /**
     * Sends each institution whose digest for {@code moment} has not run the opportunities in its fields published
     * since its last digest (the week before, the first time) that no digest has carried to it; one mail per user,
     * none when there is nothing new. Never the same opportunity twice to the same institution, however often it
     * runs. Returns how many mails went to the outbox.
     */
    @Transactional
    int sendDigests(Instant moment) {
        List<Long> due = jdbc.sql("""
                        SELECT id FROM talent_institution
                        WHERE last_digest_at IS NULL OR last_digest_at < :moment
                        ORDER BY id FOR UPDATE SKIP LOCKED""")
                .param("moment", Timestamp.from(moment))
                .query(Long.class)
                .list();
        int sent = 0;
        for (long id : due) {
            Institution institution = institution(id).orElseThrow();
            List<Opportunity> fresh = jdbc.sql("""
                            WITH fresh AS (
                                SELECT o.* FROM talent_opportunity o, talent_institution i
                                WHERE i.id = :id AND o.status = 'PUBLISHED' AND o.deadline >= :today
                                  AND o.published_at <= :moment
                                  AND o.published_at > least(coalesce(i.last_digest_at, :weekBefore), :weekBefore)
                                  AND (o.fields && i.fields OR i.name = ANY (o.institutions))
                                  AND NOT EXISTS (SELECT 1 FROM talent_digest_sent s
                                                  WHERE s.institution_id = i.id AND s.opportunity_id = o.id)
                                ORDER BY o.published_at, o.id LIMIT %d),
                            marked AS (
                                INSERT INTO talent_digest_sent (institution_id, opportunity_id, sent_at)
                                SELECT :id, f.id, :now FROM fresh f ON CONFLICT DO NOTHING RETURNING opportunity_id)
                            SELECT f.* FROM fresh f WHERE f.id IN (SELECT opportunity_id FROM marked)
                            ORDER BY f.deadline, f.id""".formatted(LIMIT))
                    .param("id", id)
                    .param("today", today())
                    .param("moment", Timestamp.from(moment))
                    .param("weekBefore", Timestamp.from(moment.minus(java.time.Duration.ofDays(7))))
                    .param("now", Timestamp.from(clock.instant()))
                    .query(TalentService::opportunity)
                    .list();
            jdbc.sql("UPDATE talent_institution SET last_digest_at = :moment WHERE id = :id")
                    .param("moment", Timestamp.from(moment))
                    .param("id", id)
                    .update();
            if (!fresh.isEmpty()) {
                for (String member : institution.members()) {
                    mails.digest(member, institution.name(), fresh);
                    sent++;
                }
            }
        }
        return sent;
    }

    // ---- helpers

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishFormats.ZONE));
    }

    private static final String SELECT_INSTITUTION = """
            SELECT i.id, i.name, i.fields,
                   ARRAY(SELECT m.email FROM talent_institution_member m WHERE m.institution_id = i.id
                         ORDER BY m.email) AS members
            FROM talent_institution i""";

    private static final String SELECT_WISH = """
            SELECT w.*, i.name AS institution_name FROM talent_wish w
            JOIN talent_institution i ON i.id = w.institution_id""";

    private static Institution institution(ResultSet rs, int n) throws SQLException {
        return new Institution(
                rs.getLong("id"),
                rs.getString("name"),
                TalentService.list(rs.getArray("fields")),
                TalentService.list(rs.getArray("members")));
    }

    private static Wish wish(ResultSet rs, int n) throws SQLException {
        return new Wish(
                rs.getLong("id"),
                rs.getLong("institution_id"),
                rs.getString("institution_name"),
                rs.getString("title"),
                rs.getString("description"),
                TalentService.list(rs.getArray("fields")),
                rs.getObject("weeks", Integer.class),
                rs.getObject("period_start", LocalDate.class),
                rs.getString("contact_email"),
                "OPEN".equals(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }
}
