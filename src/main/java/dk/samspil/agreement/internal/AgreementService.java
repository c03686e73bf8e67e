package dk.samspil.agreement.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Agreement periods and their budget: the base amount per year, extra allocations and purchased services, planned
 * amounts per focus area and quarter, expenses, totals and what is left. A closed period takes no more expenses.
 */
@Service
class AgreementService {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    record Period(
            long id,
            String name,
            String municipalityParty,
            String centreParty,
            LocalDate startsOn,
            LocalDate endsOn,
            long baseAmountOre,
            @Nullable Instant closedAt) {

        public boolean closed() {
            return closedAt != null;
        }

        /** Calendar years the period touches: a yearly amount counts once for each. */
        public int years() {
            return endsOn.getYear() - startsOn.getYear() + 1;
        }

        public BigDecimal baseAmount() {
            return Money.kroner(baseAmountOre);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    record Allocation(long id, String kind, String purpose, long amountOre, boolean yearly) {

        public BigDecimal amount() {
            return Money.kroner(amountOre);
        }
    }

    record Line(
            long id,
            long focusAreaId,
            String focusArea,
            String kind,
            int year,
            int quarter,
            @Nullable LocalDate spentOn,
            String description,
            long amountOre) {

        public BigDecimal amount() {
            return Money.kroner(amountOre);
        }
    }

    /** One focus area's planned and spent amounts per quarter of the period, and in all. */
    record AreaBudget(long focusAreaId, String name, Map<Quarters, long[]> byQuarter, long plannedOre, long spentOre) {

        public BigDecimal planned() {
            return Money.kroner(plannedOre);
        }

        public BigDecimal spent() {
            return Money.kroner(spentOre);
        }

        public BigDecimal plannedIn(Quarters q) {
            return Money.kroner(byQuarter.getOrDefault(q, new long[2])[0]);
        }

        public BigDecimal spentIn(Quarters q) {
            return Money.kroner(byQuarter.getOrDefault(q, new long[2])[1]);
        }
    }

    /**
     * The period's budget: {@code total} is the base amount for each year plus the allocations (yearly ones for each
     * year); {@code remaining} is the total less what is spent.
     */
    record Budget(
            Period period,
            List<Allocation> allocations,
            List<Quarters> quarters,
            List<AreaBudget> areas,
            List<Line> expenses,
            long totalOre,
            long plannedOre,
            long spentOre) {

        public BigDecimal total() {
            return Money.kroner(totalOre);
        }

        public BigDecimal planned() {
            return Money.kroner(plannedOre);
        }

        public BigDecimal spent() {
            return Money.kroner(spentOre);
        }

        public BigDecimal remaining() {
            return Money.kroner(totalOre - spentOre);
        }

        public BigDecimal base() {
            return Money.kroner(period.baseAmountOre() * period.years());
        }

        public BigDecimal allocationTotal(Allocation a) {
            return Money.kroner(a.yearly() ? a.amountOre() * period.years() : a.amountOre());
        }

        /** Spent as a whole percentage of the total (0 without a total). */
        public int spentPercent() {
            return totalOre == 0 ? 0 : (int) Math.min(100, Math.round(spentOre * 100.0 / totalOre));
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AgreementService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static Period period(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Period(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("municipality_party"),
                rs.getString("centre_party"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getLong("base_amount_ore"),
                closed == null ? null : closed.toInstant());
    }

    @Transactional(readOnly = true)
    List<Period> periods() {
        return jdbc.sql("SELECT * FROM agreement_period ORDER BY starts_on DESC, id DESC")
                .query((rs, n) -> period(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Period> find(long id) {
        return jdbc.sql("SELECT * FROM agreement_period WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> period(rs))
                .optional();
    }

    /** The period that holds today, else the latest. */
    Optional<Period> current() {
        List<Period> periods = periods();
        LocalDate today = today();
        return periods.stream()
                .filter(p -> p.contains(today))
                .findFirst()
                .or(() -> periods.stream().findFirst());
    }

    @Transactional
    long create(PeriodForm form, String by) {
        List<Violation> violations = new ArrayList<>();
        Optional<Long> base = Money.ore(form.baseAmount());
        if (base.isEmpty()) {
            violations.add(new Violation("baseAmount", "agreement.amount.invalid"));
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            violations.add(new Violation("endsOn", "agreement.period.endsBeforeStart"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long id = jdbc.sql("""
                        INSERT INTO agreement_period (name, municipality_party, centre_party, starts_on, ends_on,
                            base_amount_ore, created_at)
                        VALUES (:name, :m, :c, :from, :to, :base, :now) RETURNING id""")
                .param("name", form.name().strip())
                .param("m", form.municipalityParty().strip())
                .param("c", form.centreParty().strip())
                .param("from", Date.valueOf(form.startsOn()))
                .param("to", Date.valueOf(form.endsOn()))
                .param("base", base.orElseThrow())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created("agreement_period", id, form);
        return id;
    }

    @Transactional
    void addAllocation(long periodId, AllocationForm form) {
        Period period = find(periodId).orElseThrow();
        Optional<Long> amount = Money.ore(form.allocationAmount());
        if (amount.isEmpty()) {
            throw new Rejected(new Violation("allocationAmount", "agreement.amount.invalid"));
        }
        if (period.closed()) {
            throw Rejected.conflict("allocationAmount", "agreement.period.closedRefused", period.name());
        }
        jdbc.sql("""
                        INSERT INTO agreement_allocation (period_id, kind, purpose, amount_ore, yearly)
                        VALUES (:p, :kind, :purpose, :amount, :yearly)""")
                .param("p", periodId)
                .param("kind", form.allocationKind().name())
                .param("purpose", form.purpose().strip())
                .param("amount", amount.orElseThrow())
                .param("yearly", Boolean.TRUE.equals(form.yearly()))
                .update();
    }

    /** Records an expense (on a day in the open period) or a planned amount (for a quarter of the period). */
    @Transactional
    long addLine(long periodId, BudgetLineForm form, String by) {
        Period period = jdbc.sql("SELECT * FROM agreement_period WHERE id = :id FOR UPDATE")
                .param("id", periodId)
                .query((rs, n) -> period(rs))
                .optional()
                .orElseThrow();
        List<Violation> violations = new ArrayList<>();
        Optional<Long> amount = Money.ore(form.amount());
        if (amount.isEmpty()) {
            violations.add(new Violation("amount", "agreement.amount.invalid"));
        }
        boolean expense = form.kind() == BudgetLineForm.Kind.EXPENSE;
        LocalDate day = form.date();
        if (day != null && !period.contains(day)) {
            violations.add(new Violation(
                    "date",
                    "agreement.line.outside",
                    period.startsOn().toString(),
                    period.endsOn().toString()));
        }
        if (!focusAreaExists(form.focusAreaId())) {
            violations.add(new Violation("focusAreaId", "agreement.focusArea.unknown"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        if (expense && period.closed()) {
            throw Rejected.conflict("date", "agreement.period.closedRefused", period.name());
        }
        Quarters quarter = Quarters.of(day);
        long id = jdbc.sql("""
                        INSERT INTO agreement_budget_line (period_id, focus_area_id, kind, year, quarter, spent_on,
                            description, amount_ore, created_by, created_at)
                        VALUES (:p, :area, :kind, :year, :quarter, :spent, :description, :amount, :by, :now)
                        RETURNING id""")
                .param("p", periodId)
                .param("area", form.focusAreaId())
                .param("kind", form.kind().name())
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("spent", expense ? Date.valueOf(day) : null)
                .param("description", form.description().strip())
                .param("amount", amount.orElseThrow())
                .param("by", by)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created(
                "agreement_budget_line",
                id,
                Map.of("period", periodId, "kind", form.kind().name(), "amountOre", amount.orElseThrow(), "by", by));
        return id;
    }

    boolean focusAreaExists(@Nullable Long id) {
        return id != null
                && jdbc.sql("SELECT count(*) FROM agreement_focus_area WHERE id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    @Transactional
    void close(long periodId, String by) {
        jdbc.sql("UPDATE agreement_period SET closed_at = :now WHERE id = :id AND closed_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", periodId)
                .update();
        audit.updated("agreement_period", periodId, Map.of("closed", false), Map.of("closed", true, "by", by));
    }

    @Transactional(readOnly = true)
    Budget budget(Period period) {
        List<Allocation> allocations = jdbc.sql(
                        "SELECT * FROM agreement_allocation WHERE period_id = :p ORDER BY kind, id")
                .param("p", period.id())
                .query((rs, n) -> new Allocation(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("purpose"),
                        rs.getLong("amount_ore"),
                        rs.getBoolean("yearly")))
                .list();
        List<Line> lines = jdbc.sql("""
                        SELECT l.*, a.name AS area FROM agreement_budget_line l
                        JOIN agreement_focus_area a ON a.id = l.focus_area_id
                        WHERE l.period_id = :p ORDER BY l.spent_on NULLS FIRST, l.id""")
                .param("p", period.id())
                .query((rs, n) -> new Line(
                        rs.getLong("id"),
                        rs.getLong("focus_area_id"),
                        rs.getString("area"),
                        rs.getString("kind"),
                        rs.getInt("year"),
                        rs.getInt("quarter"),
                        rs.getDate("spent_on") == null
                                ? null
                                : rs.getDate("spent_on").toLocalDate(),
                        rs.getString("description"),
                        rs.getLong("amount_ore")))
                .list();
        Map<Long, String> areaNames = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.id, a.name FROM agreement_focus_area a JOIN agreement_focus_group g ON g.id = a.group_id
                        ORDER BY g.position, a.position, a.id""")
                .query((rs, n) -> areaNames.put(rs.getLong("id"), rs.getString("name")))
                .list();
        Map<Long, Map<Quarters, long[]>> byArea = new LinkedHashMap<>();
        areaNames.keySet().forEach(id -> byArea.put(id, new LinkedHashMap<>()));
        long planned = 0;
        long spent = 0;
        for (Line line : lines) {
            long[] cell = byArea.computeIfAbsent(line.focusAreaId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(new Quarters(line.year(), line.quarter()), k -> new long[2]);
            if ("PLANNED".equals(line.kind())) {
                cell[0] += line.amountOre();
                planned += line.amountOre();
            } else {
                cell[1] += line.amountOre();
                spent += line.amountOre();
            }
        }
        List<AreaBudget> areas = new ArrayList<>();
        byArea.forEach((id, quarters) -> areas.add(new AreaBudget(
                id,
                areaNames.getOrDefault(id, ""),
                quarters,
                quarters.values().stream().mapToLong(c -> c[0]).sum(),
                quarters.values().stream().mapToLong(c -> c[1]).sum())));
        long total = period.baseAmountOre() * period.years();
        for (Allocation a : allocations) {
            total += a.yearly() ? a.amountOre() * period.years() : a.amountOre();
        }
        return new Budget(
                period,
                allocations,
                Quarters.between(period.startsOn(), period.endsOn()),
                areas,
                lines.stream().filter(l -> "EXPENSE".equals(l.kind())).toList(),
                total,
                planned,
                spent);
    }

    /** Spent on days from {@code from} to {@code to}: the budget use since the last meeting. */
    @Transactional(readOnly = true)
    BigDecimal spentBetween(long periodId, LocalDate from, LocalDate to) {
        return Money.kroner(jdbc.sql("""
                        SELECT coalesce(sum(amount_ore), 0) FROM agreement_budget_line
                        WHERE period_id = :p AND kind = 'EXPENSE' AND spent_on BETWEEN :from AND :to""")
                .param("p", periodId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(Long.class)
                .single());
    }
}
