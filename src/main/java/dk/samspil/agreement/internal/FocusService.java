package dk.samspil.agreement.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Focus areas grouped as the declaration of intent groups them, with goals, activities and indicators; an indicator's
 * target per period and its status.
 *
 * <p>The traffic light compares the value so far with the target: for a count (a value that adds up over the period)
 * the target is pro-rated to the part of the period that has passed, so {@code expected = target × days passed / days
 * in the period}; green when the value reaches the expected value, yellow when it reaches 80 % of it, red below. A
 * share (percent) is compared with its target as it is: green at or above it, yellow up to 10 percentage points
 * below, red further below. Without a target, or without a value (no inquiry due yet, nothing entered), there is no
 * light ({@link Light#NONE}).
 */
@Service
class FocusService {

    enum Light {
        GREEN,
        YELLOW,
        RED,
        NONE
    }

    record Group(long id, String name, int position, List<Area> areas) {}

    record Area(
            long id,
            long groupId,
            String name,
            String description,
            List<String> goals,
            List<Activity> activities,
            List<Indicator> indicators) {}

    record Activity(
            long id,
            String title,
            String owner,
            String status,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    record Indicator(
            long id,
            long focusAreaId,
            IndicatorKind kind,
            @Nullable String parameter,
            @Nullable String name,
            Unit unit) {}

    record History(Quarters quarter, @Nullable BigDecimal value) {}

    /**
     * An indicator in a period: the value so far (up to today or the period's end), the target, what is expected by
     * now, the light, and the value per quarter.
     */
    record Status(
            Indicator indicator,
            @Nullable BigDecimal value,
            @Nullable BigDecimal target,
            @Nullable BigDecimal expected,
            Light light,
            List<History> history) {}

    private final JdbcClient jdbc;
    private final LiveFigures live;
    private final AuditLog audit;

    FocusService(JdbcClient jdbc, LiveFigures live, AuditLog audit) {
        this.jdbc = jdbc;
        this.live = live;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Group> groups() {
        Map<Long, List<String>> goals = new LinkedHashMap<>();
        jdbc.sql("SELECT focus_area_id, text FROM agreement_goal ORDER BY id")
                .query((rs, n) -> goals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<Long, List<Activity>> activities = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM agreement_activity ORDER BY starts_on NULLS LAST, id")
                .query((rs, n) -> activities
                        .computeIfAbsent(rs.getLong("focus_area_id"), k -> new ArrayList<>())
                        .add(new Activity(
                                rs.getLong("id"),
                                rs.getString("title"),
                                rs.getString("owner"),
                                rs.getString("status"),
                                date(rs.getDate("starts_on")),
                                date(rs.getDate("ends_on")))))
                .list();
        Map<Long, List<Indicator>> indicators = new LinkedHashMap<>();
        indicators()
                .forEach(i -> indicators
                        .computeIfAbsent(i.focusAreaId(), k -> new ArrayList<>())
                        .add(i));
        Map<Long, List<Area>> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM agreement_focus_area ORDER BY position, id")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return areas.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
                            .add(new Area(
                                    id,
                                    rs.getLong("group_id"),
                                    rs.getString("name"),
                                    rs.getString("description"),
                                    goals.getOrDefault(id, List.of()),
                                    activities.getOrDefault(id, List.of()),
                                    indicators.getOrDefault(id, List.of())));
                })
                .list();
        return jdbc.sql("SELECT * FROM agreement_focus_group ORDER BY position, id")
                .query((rs, n) -> new Group(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getInt("position"),
                        areas.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static @Nullable LocalDate date(java.sql.@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    @Transactional(readOnly = true)
    List<Indicator> indicators() {
        return jdbc.sql("SELECT * FROM agreement_indicator ORDER BY focus_area_id, id")
                .query((rs, n) -> indicator(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Indicator> indicator(long id) {
        return jdbc.sql("SELECT * FROM agreement_indicator WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> indicator(rs))
                .optional();
    }

    private static Indicator indicator(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("focus_area_id"),
                IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("parameter"),
                rs.getString("name"),
                Unit.valueOf(rs.getString("unit")));
    }

    @Transactional
    long addGroup(String name) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM agreement_focus_group")
                .query(Integer.class)
                .single();
        long id = jdbc.sql("INSERT INTO agreement_focus_group (name, position) VALUES (:n, :p) RETURNING id")
                .param("n", name.strip())
                .param("p", position)
                .query(Long.class)
                .single();
        audit.created("agreement_focus_group", id, Map.of("name", name.strip()));
        return id;
    }

    @Transactional
    void renameGroup(long id, String name) {
        jdbc.sql("UPDATE agreement_focus_group SET name = :n WHERE id = :id")
                .param("n", name.strip())
                .param("id", id)
                .update();
        audit.updated("agreement_focus_group", id, Map.of(), Map.of("name", name.strip()));
    }

    boolean groupExists(long id) {
        return jdbc.sql("SELECT count(*) FROM agreement_focus_group WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    long addArea(long groupId, String name, String description) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM agreement_focus_area WHERE group_id = :g")
                .param("g", groupId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        INSERT INTO agreement_focus_area (group_id, name, description, position)
                        VALUES (:g, :n, :d, :p) RETURNING id""")
                .param("g", groupId)
                .param("n", name.strip())
                .param("d", description.strip())
                .param("p", position)
                .query(Long.class)
                .single();
        audit.created("agreement_focus_area", id, Map.of("name", name.strip(), "group", groupId));
        return id;
    }

    @Transactional
    void addGoal(long areaId, String text) {
        jdbc.sql("INSERT INTO agreement_goal (focus_area_id, text) VALUES (:a, :t)")
                .param("a", areaId)
                .param("t", text.strip())
                .update();
    }

    @Transactional
    void addActivity(long areaId, ActivityForm form) {
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw new Rejected(new Violation("endsOn", "agreement.activity.endsBeforeStart"));
        }
        jdbc.sql("""
                        INSERT INTO agreement_activity (focus_area_id, title, owner, status, starts_on, ends_on)
                        VALUES (:a, :t, :o, :s, :from, :to)""")
                .param("a", areaId)
                .param("t", form.title().strip())
                .param("o", form.owner().strip())
                .param("s", form.status().name())
                .param("from", form.startsOn() == null ? null : Date.valueOf(form.startsOn()))
                .param("to", form.endsOn() == null ? null : Date.valueOf(form.endsOn()))
                .update();
    }

    /** What the audit log keeps of an activity. */
    private record ActivityState(
            String title,
            String owner,
            String status,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    /** The focus area an activity belongs to, if the activity exists. */
    @Transactional(readOnly = true)
    Optional<Long> activityArea(long activityId) {
        return jdbc.sql("SELECT focus_area_id FROM agreement_activity WHERE id = :id")
                .param("id", activityId)
                .query(Long.class)
                .optional();
    }

    /** Changes an activity's title, status, owner and dates; the change is audited field by field. */
    @Transactional
    void changeActivity(long activityId, ActivityChangeForm form) {
        if (form.activityStartsOn() != null
                && form.activityEndsOn() != null
                && form.activityEndsOn().isBefore(form.activityStartsOn())) {
            throw new Rejected(new Violation("activityEndsOn", "agreement.activity.endsBeforeStart"));
        }
        ActivityState before = jdbc.sql("SELECT * FROM agreement_activity WHERE id = :id FOR UPDATE")
                .param("id", activityId)
                .query((rs, n) -> new ActivityState(
                        rs.getString("title"),
                        rs.getString("owner"),
                        rs.getString("status"),
                        date(rs.getDate("starts_on")),
                        date(rs.getDate("ends_on"))))
                .optional()
                .orElseThrow(() -> Rejected.conflict("activity", "agreement.activity.unknown"));
        ActivityState after = new ActivityState(
                form.activityTitle().strip(),
                form.activityOwner().strip(),
                form.activityStatus().name(),
                form.activityStartsOn(),
                form.activityEndsOn());
        jdbc.sql("""
                        UPDATE agreement_activity SET title = :t, owner = :o, status = :s, starts_on = :from,
                            ends_on = :to
                        WHERE id = :id""")
                .param("t", after.title())
                .param("o", after.owner())
                .param("s", after.status())
                .param("from", after.startsOn() == null ? null : Date.valueOf(after.startsOn()))
                .param("to", after.endsOn() == null ? null : Date.valueOf(after.endsOn()))
                .param("id", activityId)
                .update();
        audit.updated("agreement_activity", activityId, before, after);
    }

    /** Adds an indicator of the catalogue (its unit is the kind's) or a manual one (with the unit given). */
    @Transactional
    long addIndicator(IndicatorForm form) {
        long areaId = form.indicatorAreaId();
        IndicatorKind kind = form.kind();
        List<Violation> violations = new ArrayList<>();
        if (kind == IndicatorKind.MANUAL
                && (form.indicatorName() == null || form.indicatorName().isBlank())) {
            violations.add(new Violation("indicatorName", "agreement.indicator.name.required"));
        }
        if (kind == IndicatorKind.MANUAL && form.unit() == null) {
            violations.add(new Violation("unit", "agreement.indicator.unit.required"));
        }
        if (kind == IndicatorKind.COMPANY_VISITS_ON_TOPIC
                && (form.parameter() == null || !form.parameter().matches("[A-Z_]{2,40}"))) {
            violations.add(new Violation("parameter", "agreement.indicator.topic.required"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        Unit unit = kind.computed() ? kind.unit() : form.unit();
        long id = jdbc.sql("""
                        INSERT INTO agreement_indicator (focus_area_id, kind, parameter, name, unit)
                        VALUES (:a, :k, :p, :n, :u) RETURNING id""")
                .param("a", areaId)
                .param("k", kind.name())
                .param("p", kind == IndicatorKind.COMPANY_VISITS_ON_TOPIC ? form.parameter() : null)
                .param(
                        "n",
                        form.indicatorName() == null || form.indicatorName().isBlank()
                                ? null
                                : form.indicatorName().strip())
                .param("u", unit.name())
                .query(Long.class)
                .single();
        audit.created("agreement_indicator", id, Map.of("kind", kind.name(), "unit", unit.name()));
        return id;
    }

    /** Sets the indicator's target for the period; the unit must be the indicator's. */
    @Transactional
    void setTarget(Indicator indicator, long periodId, TargetForm form) {
        BigDecimal value = dk.samspil.platform.Numbers.decimal(
                        form.value() == null ? null : form.value().strip().replace(',', '.'))
                .filter(v -> v.signum() >= 0 && v.compareTo(new BigDecimal("1000000000")) < 0 && v.scale() <= 2)
                .orElse(null);
        List<Violation> violations = new ArrayList<>();
        if (value == null) {
            violations.add(new Violation("value", "agreement.target.value.invalid"));
        }
        if (form.unit() != null && form.unit() != indicator.unit()) {
            violations.add(new Violation(
                    "unit",
                    "agreement.target.unit.mismatch",
                    form.unit().name(),
                    indicator.unit().name()));
        }
        if (value != null && indicator.unit() == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.add(new Violation("value", "agreement.target.percent"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        jdbc.sql("""
                        INSERT INTO agreement_target (indicator_id, period_id, value, unit) VALUES (:i, :p, :v, :u)
                        ON CONFLICT (indicator_id, period_id) DO UPDATE SET value = :v, unit = :u""")
                .param("i", indicator.id())
                .param("p", periodId)
                .param("v", value)
                .param("u", indicator.unit().name())
                .update();
        audit.updated("agreement_target", indicator.id() + "/" + periodId, Map.of(), Map.of("value", value));
    }

    /** A manual indicator's value for a quarter. */
    @Transactional
    void enterValue(Indicator indicator, ValueForm form) {
        if (indicator.kind() != IndicatorKind.MANUAL) {
            throw Rejected.conflict("quarterValue", "agreement.value.computed");
        }
        BigDecimal value = dk.samspil.platform.Numbers.decimal(
                        form.quarterValue() == null
                                ? null
                                : form.quarterValue().strip().replace(',', '.'))
                .filter(v -> v.signum() >= 0 && v.compareTo(new BigDecimal("1000000000")) < 0 && v.scale() <= 2)
                .orElseThrow(() -> new Rejected(new Violation("quarterValue", "agreement.target.value.invalid")));
        Quarters quarter = Quarters.of(form.quarterDate());
        jdbc.sql("""
                        INSERT INTO agreement_indicator_value (indicator_id, year, quarter, value)
                        VALUES (:i, :y, :q, :v)
                        ON CONFLICT (indicator_id, year, quarter) DO UPDATE SET value = :v""")
                .param("i", indicator.id())
                .param("y", quarter.year())
                .param("q", quarter.quarter())
                .param("v", value)
                .update();
    }

    @Transactional(readOnly = true)
    Map<Long, BigDecimal> targets(long periodId) {
        Map<Long, BigDecimal> targets = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator_id, value FROM agreement_target WHERE period_id = :p")
                .param("p", periodId)
                .query((rs, n) -> targets.put(rs.getLong(1), rs.getBigDecimal(2)))
                .list();
        return targets;
    }

    private Map<Long, Map<Quarters, BigDecimal>> manualValues() {
        Map<Long, Map<Quarters, BigDecimal>> values = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM agreement_indicator_value")
                .query((rs, n) -> values.computeIfAbsent(rs.getLong("indicator_id"), k -> new LinkedHashMap<>())
                        .put(new Quarters(rs.getInt("year"), rs.getInt("quarter")), rs.getBigDecimal("value")))
                .list();
        return values;
    }

    /**
     * The status of every indicator in the period, as of {@code asOf} (clipped to the period): the value so far, the
     * light and the history per quarter.
     */
    @Transactional(readOnly = true)
    Map<Long, Status> statuses(AgreementService.Period period, LocalDate asOf) {
        LocalDate until = asOf.isAfter(period.endsOn()) ? period.endsOn() : asOf;
        Map<Long, BigDecimal> targets = targets(period.id());
        Map<Long, Map<Quarters, BigDecimal>> manual = manualValues();
        List<Indicator> indicators = indicators();
        Map<Long, Status> statuses = new LinkedHashMap<>();
        if (until.isBefore(period.startsOn())) {
            indicators.forEach(
                    i -> statuses.put(i.id(), new Status(i, null, targets.get(i.id()), null, Light.NONE, List.of())));
            return statuses;
        }
        LiveFigures.Range whole = live.between(period.startsOn(), until);
        List<LiveFigures.Range> quarters = new ArrayList<>();
        for (Quarters q : Quarters.between(period.startsOn(), until)) {
            LocalDate from = q.first().isBefore(period.startsOn()) ? period.startsOn() : q.first();
            LocalDate to = q.last().isAfter(until) ? until : q.last();
            quarters.add(live.between(from, to));
        }
        long days = ChronoUnit.DAYS.between(period.startsOn(), period.endsOn()) + 1;
        long passed = ChronoUnit.DAYS.between(period.startsOn(), until) + 1;
        for (Indicator indicator : indicators) {
            List<History> history = new ArrayList<>();
            BigDecimal value;
            if (indicator.kind().computed()) {
                value = whole.value(indicator.kind(), indicator.parameter());
                for (LiveFigures.Range range : quarters) {
                    history.add(
                            new History(Quarters.of(range.from), range.value(indicator.kind(), indicator.parameter())));
                }
            } else {
                Map<Quarters, BigDecimal> entered = manual.getOrDefault(indicator.id(), Map.of());
                BigDecimal sum = null;
                BigDecimal last = null;
                for (LiveFigures.Range range : quarters) {
                    BigDecimal v = entered.get(Quarters.of(range.from));
                    history.add(new History(Quarters.of(range.from), v));
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                        last = v;
                    }
                }
                value = indicator.unit() == Unit.PERCENT ? last : sum;
            }
            BigDecimal target = targets.get(indicator.id());
            BigDecimal expected = target == null
                    ? null
                    : indicator.unit() == Unit.PERCENT
                            ? target
                            : target.multiply(BigDecimal.valueOf(passed))
                                    .divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
            statuses.put(
                    indicator.id(),
                    new Status(indicator, value, target, expected, light(indicator.unit(), value, expected), history));
        }
        return statuses;
    }

    /** The rule in the class comment. */
    static Light light(Unit unit, @Nullable BigDecimal value, @Nullable BigDecimal expected) {
        if (value == null || expected == null) {
            return Light.NONE;
        }
        if (value.compareTo(expected) >= 0) {
            return Light.GREEN;
        }
        BigDecimal yellowFrom =
                unit == Unit.PERCENT ? expected.subtract(BigDecimal.TEN) : expected.multiply(new BigDecimal("0.8"));
        return value.compareTo(yellowFrom) >= 0 ? Light.YELLOW : Light.RED;
    }
}
