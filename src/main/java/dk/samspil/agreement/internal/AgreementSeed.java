package dk.samspil.agreement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo agreement of {@code demo/agreement.json}: the 2026/2027 period with its budget, the declaration's focus
 * groups and areas with indicators and targets, the status meetings of November 2026 and 2027's four, and two joint
 * projects. Added once (by the period's name); the demo data and the tests use it.
 */
@Component
public class AgreementSeed {

    static final String RESOURCE = "demo/agreement.json";

    record Data(
            PeriodForm period,
            List<Allocation> allocations,
            List<Group> groups,
            List<Line> planned,
            List<Line> expenses,
            List<MeetingData> meetings,
            List<ProjectData> projects) {}

    record Allocation(AllocationForm.Kind kind, String purpose, String amount, boolean yearly) {}

    record Group(String name, List<Area> areas) {}

    record Area(
            String name,
            String description,
            List<String> goals,
            List<ActivityForm> activities,
            List<IndicatorData> indicators) {}

    record IndicatorData(
            IndicatorKind kind,
            @Nullable String parameter,
            @Nullable String name,
            @Nullable Unit unit,
            @Nullable String target) {}

    record Line(String area, LocalDate date, String description, String amount) {}

    record MeetingData(LocalDate heldOn, String title) {}

    record ProjectData(
            String name,
            String area,
            String description,
            String partners,
            String budget,
            ProjectForm.Status status,
            String readiness) {}

    private final AgreementService agreements;
    private final FocusService focus;
    private final StatusMeetings meetings;
    private final ProjectService projects;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementSeed(
            AgreementService agreements,
            FocusService focus,
            StatusMeetings meetings,
            ProjectService projects,
            JdbcClient jdbc,
            JsonMapper json) {
        this.agreements = agreements;
        this.focus = focus;
        this.meetings = meetings;
        this.projects = projects;
        this.jdbc = jdbc;
        this.json = json;
    }

    Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the demo agreement unless its period is there; returns the period's id. */
    @Transactional
    public long seed() {
        Data data = read();
        jdbc.sql("SELECT pg_advisory_xact_lock(20020)").query(Object.class).list();
        Long existing = jdbc.sql("SELECT id FROM agreement_period WHERE name = :n ORDER BY id LIMIT 1")
                .param("n", data.period().name())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        long period = agreements.create(data.period(), "demo");
        for (Allocation a : data.allocations()) {
            agreements.addAllocation(period, new AllocationForm(a.kind(), a.purpose(), a.amount(), a.yearly()));
        }
        Map<String, Long> areas = new HashMap<>();
        for (Group g : data.groups()) {
            long group = focus.groups().stream()
                    .filter(existingGroup -> existingGroup.name().equals(g.name()))
                    .map(FocusService.Group::id)
                    .findFirst()
                    .orElseGet(() -> focus.addGroup(g.name()));
            for (Area a : g.areas()) {
                long area = focus.addArea(group, a.name(), a.description());
                areas.put(a.name(), area);
                a.goals().forEach(goal -> focus.addGoal(area, goal));
                a.activities().forEach(activity -> focus.addActivity(area, activity));
                for (IndicatorData i : a.indicators()) {
                    long indicator =
                            focus.addIndicator(new IndicatorForm(area, i.kind(), i.parameter(), i.name(), i.unit()));
                    if (i.target() != null) {
                        FocusService.Indicator created =
                                focus.indicator(indicator).orElseThrow();
                        focus.setTarget(created, period, new TargetForm(period, i.target(), created.unit()));
                    }
                }
            }
        }
        for (Line line : data.planned()) {
            agreements.addLine(
                    period,
                    new BudgetLineForm(
                            BudgetLineForm.Kind.PLANNED,
                            areas.get(line.area()),
                            line.date(),
                            line.description(),
                            line.amount()),
                    "demo");
        }
        for (Line line : data.expenses()) {
            agreements.addLine(
                    period,
                    new BudgetLineForm(
                            BudgetLineForm.Kind.EXPENSE,
                            areas.get(line.area()),
                            line.date(),
                            line.description(),
                            line.amount()),
                    "demo");
        }
        for (MeetingData m : data.meetings()) {
            meetings.create(new MeetingForm(period, m.heldOn(), m.title()));
        }
        for (ProjectData p : data.projects()) {
            projects.create(new ProjectForm(
                    areas.get(p.area()),
                    p.name(),
                    p.description(),
                    p.partners(),
                    p.budget(),
                    p.status(),
                    p.readiness()));
        }
        return period;
    }
}
