package dk.samspil.networks.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's yearly budget, its expenses and hours by category, and what is left. */
@Service
class BudgetService {

    static final String EXPENSE = "networks.expense";
    static final String BUDGET = "networks.budget";
    private static final Logger log = LoggerFactory.getLogger(BudgetService.class);

    /** A year's budget: the amount (if set), expenses, totals per category and what is left. */
    record Year(
            int year,
            @Nullable BigDecimal budget,
            List<Expense> expenses,
            Map<Expense.Category, BigDecimal> amounts,
            Map<Expense.Category, BigDecimal> hours,
            BigDecimal spent,
            BigDecimal totalHours) {

        public @Nullable BigDecimal remaining() {
            return budget == null ? null : budget.subtract(spent);
        }

        public BigDecimal amountOf(String category) {
            return amounts.get(Expense.Category.valueOf(category));
        }

        public BigDecimal hoursOf(String category) {
            return hours.get(Expense.Category.valueOf(category));
        }

        public boolean over() {
            return budget != null && spent.compareTo(budget) > 0;
        }
    }

    /** The expense was stored; {@code overBudget} when it took the year's spending over its budget. */
    record Recorded(long id, boolean overBudget) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    BudgetService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<BigDecimal> budget(long networkId, int year) {
        return jdbc.sql("SELECT amount FROM network_budget WHERE network_id = :id AND year = :year")
                .param("id", networkId)
                .param("year", year)
                .query(BigDecimal.class)
                .optional();
    }

    Year year(long networkId, int year) {
        List<Expense> expenses = jdbc.sql("""
                        SELECT * FROM network_expense WHERE network_id = :id
                          AND spent_on >= :from AND spent_on < :to ORDER BY spent_on, id""")
                .param("id", networkId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Expense(
                        rs.getLong("id"),
                        rs.getObject("spent_on", LocalDate.class),
                        Expense.Category.valueOf(rs.getString("category")),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("hours"),
                        rs.getString("description")))
                .list();
        Map<Expense.Category, BigDecimal> amounts = new EnumMap<>(Expense.Category.class);
        Map<Expense.Category, BigDecimal> hours = new EnumMap<>(Expense.Category.class);
        for (Expense.Category category : Expense.Category.values()) {
            amounts.put(category, BigDecimal.ZERO);
            hours.put(category, BigDecimal.ZERO);
        }
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal totalHours = BigDecimal.ZERO;
        for (Expense e : expenses) {
            amounts.merge(e.category(), e.amount(), BigDecimal::add);
            hours.merge(e.category(), e.hours(), BigDecimal::add);
            spent = spent.add(e.amount());
            totalHours = totalHours.add(e.hours());
        }
        return new Year(year, budget(networkId, year).orElse(null), expenses, amounts, hours, spent, totalHours);
    }

    @Transactional
    void setBudget(long networkId, int year, BigDecimal amount) {
        BigDecimal before = budget(networkId, year).orElse(null);
        jdbc.sql("""
                        INSERT INTO network_budget (network_id, year, amount) VALUES (:id, :year, :amount)
                        ON CONFLICT (network_id, year) DO UPDATE SET amount = excluded.amount""")
                .param("id", networkId)
                .param("year", year)
                .param("amount", amount)
                .update();
        audit.updated(
                BUDGET,
                networkId + ":" + year,
                Map.of("amount", String.valueOf(before)),
                Map.of("amount", amount.toPlainString()));
    }

    /**
     * Records an expense. One that takes the year over its budget is stored all the same (the secretariat has spent
     * it), with a warning in the log and to the caller.
     */
    @Transactional
    Recorded record(long networkId, ExpenseForm form) {
        BigDecimal amount = Amounts.amount(form.amount(), "amount", "networks.expense.amount.range");
        BigDecimal hours = Amounts.hours(form.hours(), "hours");
        if (amount.signum() == 0 && hours.signum() == 0) {
            throw new Rejected(new Violation("amount", "networks.expense.empty"));
        }
        jdbc.sql("SELECT id FROM network WHERE id = :id FOR UPDATE")
                .param("id", networkId)
                .query(Long.class)
                .single();
        int year = form.spentOn().getYear();
        long id = jdbc.sql("""
                        INSERT INTO network_expense (network_id, spent_on, category, amount, hours, description,
                            created_at)
                        VALUES (:network, :spent, :category, :amount, :hours, :description, :now) RETURNING id""")
                .param("network", networkId)
                .param("spent", form.spentOn())
                .param("category", form.category().name())
                .param("amount", amount)
                .param("hours", hours)
                .param("description", form.description().strip())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("network", networkId);
        state.put("spentOn", form.spentOn());
        state.put("category", form.category().name());
        state.put("amount", amount.toPlainString());
        state.put("hours", hours.toPlainString());
        audit.created(EXPENSE, id, state);
        Year after = year(networkId, year);
        if (after.over()) {
            log.warn(
                    "Network {}: expense {} of {} kr. takes {} over its budget of {} kr. (spent {} kr.)",
                    networkId,
                    id,
                    amount.toPlainString(),
                    year,
                    after.budget().toPlainString(),
                    after.spent().toPlainString());
        }
        return new Recorded(id, after.over());
    }
}
