package dk.samspil.agreement.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joint projects of the municipality and the business centre, and the ideas staff propose for new ones. */
@Service
class ProjectService {

    record Project(
            long id,
            @Nullable Long focusAreaId,
            @Nullable String focusArea,
            String name,
            String description,
            String partners,
            long budgetOre,
            String status,
            String readiness) {

        public BigDecimal budget() {
            return Money.kroner(budgetOre);
        }
    }

    record Idea(
            long id,
            @Nullable Long focusAreaId,
            @Nullable String focusArea,
            String title,
            String description,
            String proposedBy,
            String status,
            @Nullable Long projectId,
            @Nullable String declineReason) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ProjectService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Project> projects() {
        return jdbc.sql("""
                        SELECT p.*, a.name AS area FROM agreement_project p
                        LEFT JOIN agreement_focus_area a ON a.id = p.focus_area_id ORDER BY p.created_at, p.id""")
                .query((rs, n) -> new Project(
                        rs.getLong("id"),
                        (Long) rs.getObject("focus_area_id"),
                        rs.getString("area"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getString("partners"),
                        rs.getLong("budget_ore"),
                        rs.getString("status"),
                        rs.getString("readiness")))
                .list();
    }

    @Transactional(readOnly = true)
    List<Idea> ideas() {
        return jdbc.sql("""
                        SELECT i.*, a.name AS area FROM agreement_idea i
                        LEFT JOIN agreement_focus_area a ON a.id = i.focus_area_id ORDER BY i.created_at DESC, i.id DESC""")
                .query((rs, n) -> new Idea(
                        rs.getLong("id"),
                        (Long) rs.getObject("focus_area_id"),
                        rs.getString("area"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("proposed_by"),
                        rs.getString("status"),
                        (Long) rs.getObject("project_id"),
                        rs.getString("decline_reason")))
                .list();
    }

    Optional<Project> project(long id) {
        return projects().stream().filter(p -> p.id() == id).findFirst();
    }

    Optional<Idea> idea(long id) {
        return ideas().stream().filter(i -> i.id() == id).findFirst();
    }

    @Transactional
    long create(ProjectForm form) {
        long budget = Money.ore(form.budget())
                .orElseThrow(() -> new Rejected(new Violation("budget", "agreement.amount.invalid")));
        long id = jdbc.sql("""
                        INSERT INTO agreement_project (focus_area_id, name, description, partners, budget_ore, status,
                            readiness, created_at)
                        VALUES (:a, :n, :d, :p, :b, :s, :r, :now) RETURNING id""")
                .param("a", form.focusAreaId())
                .param("n", form.name().strip())
                .param("d", form.description() == null ? "" : form.description().strip())
                .param("p", form.partners() == null ? "" : form.partners().strip())
                .param("b", budget)
                .param("s", form.status().name())
                .param("r", form.readiness() == null ? "" : form.readiness().strip())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created("agreement_project", id, Map.of("name", form.name().strip(), "budgetOre", budget));
        return id;
    }

    @Transactional
    long propose(IdeaForm form, String by) {
        long id = jdbc.sql("""
                        INSERT INTO agreement_idea (focus_area_id, title, description, proposed_by, status, created_at)
                        VALUES (:a, :t, :d, :by, 'PROPOSED', :now) RETURNING id""")
                .param("a", form.ideaFocusAreaId())
                .param("t", form.ideaTitle().strip())
                .param("d", form.ideaDescription().strip())
                .param("by", by)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created("agreement_idea", id, Map.of("title", form.ideaTitle().strip(), "by", by));
        return id;
    }

    /** Management moves a proposed idea to a new project (planned, no budget yet); the idea links to it. */
    @Transactional
    long moveToProject(long ideaId) {
        Idea idea = jdbc.sql("SELECT * FROM agreement_idea WHERE id = :id FOR UPDATE")
                .param("id", ideaId)
                .query((rs, n) -> new Idea(
                        rs.getLong("id"),
                        (Long) rs.getObject("focus_area_id"),
                        null,
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("proposed_by"),
                        rs.getString("status"),
                        (Long) rs.getObject("project_id"),
                        rs.getString("decline_reason")))
                .optional()
                .orElseThrow();
        if (!"PROPOSED".equals(idea.status())) {
            throw Rejected.conflict("idea", "agreement.idea.notProposed");
        }
        long project = jdbc.sql("""
                        INSERT INTO agreement_project (focus_area_id, name, description, partners, budget_ore, status,
                            readiness, created_at)
                        VALUES (:a, :n, :d, '', 0, 'PLANNED', '', :now) RETURNING id""")
                .param("a", idea.focusAreaId())
                .param("n", idea.title())
                .param("d", idea.description())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE agreement_idea SET status = 'MOVED', project_id = :p WHERE id = :id")
                .param("p", project)
                .param("id", ideaId)
                .update();
        audit.updated("agreement_idea", ideaId, Map.of("status", "PROPOSED"), Map.of("status", "MOVED"));
        return project;
    }

    /** What the audit log keeps of a project's change. */
    private record ProjectState(String name, String status, long budgetOre) {}

    /** Management changes a project's name, status and budget as the year goes; audited field by field. */
    @Transactional
    void changeProject(long projectId, ProjectChangeForm form) {
        long budget = Money.ore(form.projectBudget())
                .orElseThrow(() -> new Rejected(new Violation("projectBudget", "agreement.amount.invalid")));
        ProjectState before = jdbc.sql(
                        "SELECT name, status, budget_ore FROM agreement_project WHERE id = :id FOR UPDATE")
                .param("id", projectId)
                .query((rs, n) -> new ProjectState(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .optional()
                .orElseThrow(() -> Rejected.conflict("project", "agreement.project.unknown"));
        ProjectState after = new ProjectState(
                form.projectName().strip(), form.projectStatus().name(), budget);
        jdbc.sql("UPDATE agreement_project SET name = :n, status = :s, budget_ore = :b WHERE id = :id")
                .param("n", after.name())
                .param("s", after.status())
                .param("b", after.budgetOre())
                .param("id", projectId)
                .update();
        audit.updated("agreement_project", projectId, before, after);
    }

    /** Management declines a proposed idea with a reason, shown with the idea. */
    @Transactional
    void decline(long ideaId, String reason) {
        String status = jdbc.sql("SELECT status FROM agreement_idea WHERE id = :id FOR UPDATE")
                .param("id", ideaId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> Rejected.conflict("reason", "agreement.idea.notProposed"));
        if (!"PROPOSED".equals(status)) {
            throw Rejected.conflict("reason", "agreement.idea.notProposed");
        }
        jdbc.sql("UPDATE agreement_idea SET status = 'DECLINED', decline_reason = :r WHERE id = :id")
                .param("r", reason.strip())
                .param("id", ideaId)
                .update();
        audit.updated(
                "agreement_idea",
                ideaId,
                Map.of("status", "PROPOSED"),
                Map.of("status", "DECLINED", "declineReason", reason.strip()));
    }
}
