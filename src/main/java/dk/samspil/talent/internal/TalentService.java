package dk.samspil.talent.internal;

import dk.samspil.companies.CompanyRegister;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.platform.text.DanishText;
import dk.samspil.talent.TalentProperties;
import dk.samspil.talent.internal.Choices.ApplicationStatus;
import dk.samspil.talent.internal.Choices.Kind;
import dk.samspil.talent.internal.Choices.Outcome;
import dk.samspil.talent.internal.Choices.Status;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

/** Opportunities and applications: every change, its audit entry and its mail in one transaction. */
@Service
class TalentService {

    static final String OPPORTUNITY = "talent.opportunity";
    static final String APPLICATION = "talent.application";

    /** The opportunity's own fields as the insert and the update write them. */
    private static Map<String, Object> formParams(OpportunityForm form) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", form.kind().name());
        params.put("title", form.title().strip());
        params.put("description", form.description().strip());
        params.put("fields", names(form.fields()));
        params.put("levels", names(form.levels()));
        params.put(
                "institutions",
                form.institutions() == null
                        ? new String[0]
                        : form.institutions().toArray(String[]::new));
        params.put("place", blankToNull(form.place()));
        params.put("remote", form.isRemote());
        params.put("hours", form.hoursPerWeek());
        params.put("start", form.periodStart());
        params.put("end", form.periodEnd());
        params.put("paid", form.isPaid());
        params.put("deadline", form.deadline());
        params.put("contactName", form.contactName().strip());
        params.put("contactEmail", form.contactEmail().strip());
        return params;
    }

    private static final DanishText TEXT = DanishText.withVocabulary(List.of());

    private final JdbcClient jdbc;
    private final CompanyRegister companies;
    private final AuditLog audit;
    private final TalentMails mails;
    private final CvCipher cipher;
    private final TalentProperties properties;
    private final Clock clock;

    TalentService(
            JdbcClient jdbc,
            CompanyRegister companies,
            AuditLog audit,
            TalentMails mails,
            CvCipher cipher,
            TalentProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.audit = audit;
        this.mails = mails;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** The rules both a company's and a consultant's posting must keep; empty when the form is fine. */
    List<Violation> problems(OpportunityForm form) {
        List<Violation> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(DanishFormats.ZONE));
        if (form.deadline() != null && form.deadline().isBefore(today)) {
            problems.add(new Violation("deadline", "talent.deadline.past"));
        }
        if (form.periodStart() != null
                && form.periodEnd() != null
                && form.periodEnd().isBefore(form.periodStart())) {
            problems.add(new Violation("periodEnd", "talent.period.order"));
        }
        if (!form.isRemote() && (form.place() == null || form.place().isBlank())) {
            problems.add(new Violation("place", "talent.place.missing"));
        }
        if (form.institutions() != null && !properties.institutions().containsAll(form.institutions())) {
            problems.add(new Violation("institutions", "talent.institutions.unknown"));
        }
        return problems;
    }

    /**
     * A company's posting: the CVR number must be in the company register; the opportunity waits for the company to
     * open the link mailed to the contact address, then for a consultant.
     */
    @Transactional
    long postByCompany(OpportunityForm form) {
        List<Violation> problems = new ArrayList<>(problems(form));
        String cvr = Cvr.normalize(form.cvr());
        Optional<CompanyRegister.RegisteredCompany> company = companies.find(cvr);
        if (company.isEmpty()) {
            problems.add(new Violation("cvr", "talent.cvr.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        long id = insert(form, company.get().name(), true, company.get().industryText(), Status.UNCONFIRMED);
        mails.confirmPosting(id, form.contactEmail().strip(), form.title());
        return id;
    }

    /** A consultant's posting on a company's behalf: published at once; an unknown CVR number needs the name. */
    @Transactional
    long postByConsultant(OpportunityForm form) {
        List<Violation> problems = new ArrayList<>(problems(form));
        String cvr = Cvr.normalize(form.cvr());
        Optional<CompanyRegister.RegisteredCompany> company = companies.find(cvr);
        if (company.isEmpty()
                && (form.companyName() == null || form.companyName().isBlank())) {
            problems.add(new Violation("companyName", "talent.companyName.needed"));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        long id = insert(
                form,
                company.map(CompanyRegister.RegisteredCompany::name)
                        .orElse(form.companyName().strip()),
                company.isPresent(),
                company.map(CompanyRegister.RegisteredCompany::industryText).orElse(null),
                Status.PUBLISHED);
        jdbc.sql("UPDATE talent_opportunity SET published_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        return id;
    }

    private long insert(
            OpportunityForm form, String companyName, boolean known, @Nullable String industry, Status status) {
        long id = jdbc.sql("""
                        INSERT INTO talent_opportunity (company_cvr, company_name, company_known, industry_text, kind,
                            title, description, fields, levels, institutions, place, remote, hours_per_week,
                            period_start, period_end, paid, deadline, contact_name, contact_email, status,
                            search_terms, created_at)
                        VALUES (:cvr, :companyName, :known, :industry, :kind, :title, :description, :fields, :levels,
                            :institutions, :place, :remote, :hours, :start, :end, :paid, :deadline, :contactName,
                            :contactEmail, :status, :terms, :now)
                        RETURNING id""")
                .param("cvr", Cvr.normalize(form.cvr()))
                .param("companyName", companyName)
                .param("known", known)
                .param("industry", industry)
                .params(formParams(form))
                .param("status", status.name())
                .param("terms", terms(form.title() + " " + form.description() + " " + companyName))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created(
                OPPORTUNITY,
                id,
                Map.of(
                        "cvr",
                        Cvr.normalize(form.cvr()),
                        "title",
                        form.title().strip(),
                        "kind",
                        form.kind().name(),
                        "status",
                        status.name(),
                        "deadline",
                        form.deadline()));
        return id;
    }

    /** The company opened its link: the opportunity goes to the consultants. False when it was not waiting for that. */
    @Transactional
    boolean confirmPosting(long id) {
        return moveStatus(id, Set.of(Status.UNCONFIRMED), Status.PENDING, null);
    }

    /**
     * A consultant's decision on a waiting opportunity, one path for all three: approving publishes it, asking for
     * changes sends the company the message with a link to edit it, rejecting sends the reason. False when the
     * opportunity is not (or no longer) in a status where the decision can be made.
     */
    @Transactional
    boolean moderate(long id, ModerationForm.Decision decision, @Nullable String message) {
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text == null && decision.messageNeeded() != null) {
            throw new Rejected(new Violation("message", decision.messageNeeded()));
        }
        boolean moved = switch (decision) {
            case APPROVE -> moveStatus(id, Set.of(Status.PENDING, Status.CHANGES_REQUESTED), Status.PUBLISHED, null);
            case CHANGES -> moveStatus(id, Set.of(Status.PENDING), Status.CHANGES_REQUESTED, text);
            case REJECT -> moveStatus(id, Set.of(Status.PENDING, Status.CHANGES_REQUESTED), Status.REJECTED, text);
        };
        if (!moved) {
            return false;
        }
        if (decision == ModerationForm.Decision.APPROVE) {
            jdbc.sql("UPDATE talent_opportunity SET published_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        }
        Opportunity opportunity = find(id).orElseThrow();
        switch (decision) {
            case APPROVE -> mails.approved(opportunity);
            case CHANGES -> mails.changesRequested(opportunity, text);
            case REJECT -> mails.rejected(opportunity, text);
        }
        return true;
    }

    /**
     * The company's edit through the link mailed with a consultant's request for changes: the opportunity (not its
     * company) takes the form's values and goes back to the consultants. False when it is no longer waiting for
     * changes; refused, with nothing changed, when the form breaks the posting rules.
     */
    @Transactional
    boolean editByCompany(long id, OpportunityForm form) {
        Optional<Opportunity> before = find(id).filter(o -> o.status() == Status.CHANGES_REQUESTED);
        if (before.isEmpty()) {
            return false;
        }
        List<Violation> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        Opportunity old = before.get();
        jdbc.sql("""
                        UPDATE talent_opportunity SET kind = :kind, title = :title, description = :description,
                            fields = :fields, levels = :levels, institutions = :institutions, place = :place,
                            remote = :remote, hours_per_week = :hours, period_start = :start, period_end = :end,
                            paid = :paid, deadline = :deadline, contact_name = :contactName,
                            contact_email = :contactEmail, search_terms = :terms
                        WHERE id = :id""")
                .params(formParams(form))
                .param("terms", terms(form.title() + " " + form.description() + " " + old.companyName()))
                .param("id", id)
                .update();
        audit.updated(
                OPPORTUNITY,
                id,
                Map.of("title", old.title(), "deadline", old.deadline(), "contactEmail", old.contactEmail()),
                Map.of(
                        "title",
                        form.title().strip(),
                        "deadline",
                        form.deadline(),
                        "contactEmail",
                        form.contactEmail().strip()));
        return moveStatus(id, Set.of(Status.CHANGES_REQUESTED), Status.PENDING, old.moderationMessage());
    }

    /** Closes a published opportunity with what came of it. */
    @Transactional
    boolean close(long id, Outcome outcome) {
        boolean moved = moveStatus(id, Set.of(Status.PUBLISHED), Status.CLOSED, null);
        if (moved) {
            jdbc.sql("UPDATE talent_opportunity SET outcome = :outcome, closed_at = :now WHERE id = :id")
                    .param("outcome", outcome.name())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
            audit.updated(OPPORTUNITY, id, Map.of("outcome", "-"), Map.of("outcome", outcome.name()));
        }
        return moved;
    }

    private boolean moveStatus(long id, Set<Status> from, Status to, @Nullable String message) {
        Optional<Opportunity> before = find(id);
        if (before.isEmpty() || !from.contains(before.get().status())) {
            return false;
        }
        jdbc.sql("UPDATE talent_opportunity SET status = :to, moderation_message = :message WHERE id = :id")
                .param("to", to.name())
                .param("message", message)
                .param("id", id)
                .update();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("status", before.get().status().name());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", to.name());
        if (message != null) {
            now.put("moderationMessage", message);
        }
        audit.updated(OPPORTUNITY, id, old, now);
        return true;
    }

    @Transactional(readOnly = true)
    Optional<Opportunity> find(long id) {
        return jdbc.sql("SELECT * FROM talent_opportunity WHERE id = :id")
                .param("id", id)
                .query(TalentService::opportunity)
                .optional();
    }

    /** Published opportunities whose deadline has not passed, filtered as on the public page. */
    @Transactional(readOnly = true)
    List<Opportunity> search(
            @Nullable String field,
            @Nullable Kind kind,
            @Nullable LocalDate availableFrom,
            @Nullable String place,
            @Nullable String words) {
        List<String> stems = words == null ? List.of() : DanishText.stems(words);
        return jdbc.sql("""
                        SELECT * FROM talent_opportunity
                        WHERE status = 'PUBLISHED' AND deadline >= :today
                          AND (CAST(:field AS TEXT) IS NULL OR CAST(:field AS TEXT) = ANY (fields))
                          AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
                          AND (CAST(:from AS DATE) IS NULL OR period_end >= :from)
                          AND (CAST(:place AS TEXT) IS NULL OR remote AND lower(:place) = 'remote'
                               OR place ILIKE '%' || :place || '%')
                          AND search_terms @> CAST(:stems AS TEXT[])
                        ORDER BY deadline, id
                        LIMIT 200""")
                .param("today", LocalDate.now(clock.withZone(DanishFormats.ZONE)))
                .param("field", blankToNull(field))
                .param("kind", kind == null ? null : kind.name())
                .param("from", availableFrom)
                .param("place", blankToNull(place))
                .param("stems", stems.toArray(String[]::new))
                .query(TalentService::opportunity)
                .list();
    }

    /** The newest published opportunities still open for applications, for the front page. */
    @Transactional(readOnly = true)
    List<Opportunity> newestPublished(int limit) {
        return jdbc.sql("""
                        SELECT * FROM talent_opportunity WHERE status = 'PUBLISHED' AND deadline >= :today
                        ORDER BY published_at DESC NULLS LAST, id DESC LIMIT :limit""")
                .param("today", LocalDate.now(clock.withZone(DanishFormats.ZONE)))
                .param("limit", limit)
                .query(TalentService::opportunity)
                .list();
    }

    /** The moderation list: waiting first, then the rest, newest first. */
    @Transactional(readOnly = true)
    List<Opportunity> forStaff() {
        return jdbc.sql("""
                        SELECT * FROM talent_opportunity WHERE status <> 'UNCONFIRMED'
                        ORDER BY status = 'PENDING' DESC, created_at DESC LIMIT 500""").query(TalentService::opportunity).list();
    }

    @Transactional(readOnly = true)
    List<Opportunity> ofCompany(String cvr) {
        return jdbc.sql("SELECT * FROM talent_opportunity WHERE company_cvr = :cvr AND status <> 'UNCONFIRMED'")
                .param("cvr", cvr)
                .query(TalentService::opportunity)
                .list();
    }

    // ---- applications

    /**
     * A student's application with a CV; refused when the opportunity is not open, the deadline has passed, the CV is
     * not a clean PDF within the size, or this address has applied already.
     */
    @Transactional
    long apply(long opportunityId, ApplicationForm form, String fileName, byte[] cv) {
        Opportunity opportunity = find(opportunityId)
                .filter(o -> o.status() == Status.PUBLISHED)
                .orElseThrow(() -> Rejected.conflict("opportunity", "talent.apply.notOpen"));
        LocalDate today = LocalDate.now(clock.withZone(DanishFormats.ZONE));
        if (opportunity.deadline().isBefore(today)) {
            throw Rejected.conflict("opportunity", "talent.apply.afterDeadline");
        }
        CvRules.problem(cv, fileName, properties.cvMaxSize().toBytes()).ifPresent(problem -> {
            throw new Rejected(problem);
        });
        boolean twice = jdbc.sql("""
                        SELECT count(*) > 0 FROM talent_application
                        WHERE opportunity_id = :id AND lower(email) = lower(:email)""")
                .param("id", opportunityId)
                .param("email", form.email().strip())
                .query(Boolean.class)
                .single();
        if (twice) {
            throw Rejected.conflict("email", "talent.apply.twice");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO talent_application (opportunity_id, name, email, message, cv_name, cv_encrypted,
                            status, created_at, status_at, delete_after)
                        VALUES (:opportunity, :name, :email, :message, :cvName, :cv, 'NEW', :now, :now, :deleteAfter)
                        RETURNING id""")
                .param("opportunity", opportunityId)
                .param("name", form.name().strip())
                .param("email", form.email().strip())
                .param("message", form.message().strip())
                .param("cvName", safeName(fileName))
                .param("cv", cipher.encrypt(cv))
                .param("now", Timestamp.from(now))
                .param("deleteAfter", opportunity.deadline().plus(properties.cvRetention()))
                .query(Long.class)
                .single();
        audit.created(APPLICATION, id, Map.of("opportunity", opportunityId, "status", ApplicationStatus.NEW.name()));
        Application application = findApplication(id).orElseThrow();
        mails.applicationReceived(opportunity, application);
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Application> findApplication(long id) {
        return jdbc.sql("""
                        SELECT id, opportunity_id, name, email, message, cv_name, status, created_at
                        FROM talent_application WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Application(
                        rs.getLong("id"),
                        rs.getLong("opportunity_id"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("message"),
                        rs.getString("cv_name"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<byte[]> cv(long applicationId) {
        return jdbc.sql("SELECT cv_encrypted FROM talent_application WHERE id = :id")
                .param("id", applicationId)
                .query(byte[].class)
                .optional()
                .map(cipher::decrypt);
    }

    /** The company marks the application; the student is told. False when the application is gone. */
    @Transactional
    boolean mark(long applicationId, ApplicationStatus status) {
        Optional<Application> before = findApplication(applicationId);
        if (before.isEmpty()) {
            return false;
        }
        if (before.get().status() == status) {
            return true;
        }
        jdbc.sql("UPDATE talent_application SET status = :status, status_at = :now WHERE id = :id")
                .param("status", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", applicationId)
                .update();
        audit.updated(
                APPLICATION,
                applicationId,
                Map.of("status", before.get().status().name()),
                Map.of("status", status.name()));
        Opportunity opportunity = find(before.get().opportunityId()).orElseThrow();
        mails.studentTold(opportunity, before.get(), status);
        return true;
    }

    /** The student withdraws: the application and its CV are deleted. */
    @Transactional
    boolean withdraw(long applicationId) {
        Optional<Application> before = findApplication(applicationId);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM talent_application WHERE id = :id")
                .param("id", applicationId)
                .update();
        audit.deleted(
                APPLICATION,
                applicationId,
                Map.of(
                        "opportunity",
                        before.get().opportunityId(),
                        "status",
                        before.get().status().name()));
        return true;
    }

    /** Deletes the applications whose retention has passed; how many. */
    @Transactional
    int deleteExpired(LocalDate today) {
        List<Long> ids = jdbc.sql("DELETE FROM talent_application WHERE delete_after <= :today RETURNING id")
                .param("today", today)
                .query(Long.class)
                .list();
        ids.forEach(id -> audit.deleted(APPLICATION, id, Map.of("reason", "retention")));
        return ids.size();
    }

    // ---- helpers

    /** The stems and word parts of a text, as the Danish text analysis of search and alerts makes them. */
    static String[] terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (DanishText.Token token : DanishText.tokens(text)) {
            DanishText.Word word = TEXT.word(token.lower());
            terms.add(word.stem());
            terms.addAll(Arrays.asList(word.forms()));
        }
        return terms.toArray(String[]::new);
    }

    static String[] names(@Nullable List<? extends Enum<?>> values) {
        return values == null
                ? new String[0]
                : values.stream().map(Enum::name).distinct().toArray(String[]::new);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String safeName(String fileName) {
        String name = fileName == null
                ? "cv.pdf"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        return name.isEmpty() ? "cv.pdf" : name.substring(0, Math.min(200, name.length()));
    }

    static Opportunity opportunity(ResultSet rs, int n) throws SQLException {
        Object hours = rs.getObject("hours_per_week");
        String outcome = rs.getString("outcome");
        return new Opportunity(
                rs.getLong("id"),
                rs.getString("company_cvr"),
                rs.getString("company_name"),
                rs.getBoolean("company_known"),
                rs.getString("industry_text"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                list(rs.getArray("fields")),
                list(rs.getArray("levels")),
                list(rs.getArray("institutions")),
                rs.getString("place"),
                rs.getBoolean("remote"),
                hours == null ? null : ((Number) hours).intValue(),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getBoolean("paid"),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                Status.valueOf(rs.getString("status")),
                rs.getString("moderation_message"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getTimestamp("created_at").toInstant());
    }

    static List<String> list(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
