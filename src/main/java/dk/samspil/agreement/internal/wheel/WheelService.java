package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.StaffDirectory;
import dk.samspil.platform.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual wheel's items: stored with their rule checked (the wheel must be able to draw it), their dates in a year
 * for the wheel and its table, and the reminders that are due, each date of an item claimed once.
 */
@Service
class WheelService {

    static final String AUDITED = "agreement.wheelItem";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    WheelService(JdbcClient jdbc, StaffDirectory staff, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit log keeps of an item. */
    private record Audited(
            String title,
            @Nullable String description,
            String category,
            LocalDate startsOn,
            @Nullable String rrule,
            @Nullable Long ownerId,
            @Nullable Integer reminderDays) {

        static Audited of(WheelItem item) {
            return new Audited(
                    item.title(),
                    item.description(),
                    item.category().name(),
                    item.startsOn(),
                    item.rrule(),
                    item.ownerId(),
                    item.reminderDays());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishFormats.ZONE));
    }

    List<WheelItem> items() {
        return jdbc.sql("SELECT * FROM agreement_wheel_item ORDER BY starts_on, title")
                .query(WheelService::item)
                .list();
    }

    Optional<WheelItem> find(long id) {
        return jdbc.sql("SELECT * FROM agreement_wheel_item WHERE id = :id")
                .param("id", id)
                .query(WheelService::item)
                .optional();
    }

    @Transactional
    long create(WheelItemForm form) {
        Checked checked = check(form);
        long id = jdbc.sql("""
                        INSERT INTO agreement_wheel_item (title, description, category, starts_on, rrule, owner_id,
                            reminder_days, created_at, updated_at)
                        VALUES (:title, :description, :category, :startsOn, :rrule, :ownerId, :reminderDays, :now, :now)
                        RETURNING id""")
                .paramSource(parameters(form, checked))
                .query(Long.class)
                .single();
        audit.created(AUDITED, id, Audited.of(find(id).orElseThrow()));
        return id;
    }

    @Transactional
    void update(long id, WheelItemForm form) {
        Checked checked = check(form);
        WheelItem before =
                find(id).orElseThrow(() -> new Rejected(new Violation("id", "agreement.wheel.item.notFound")));
        int updated = jdbc.sql("""
                        UPDATE agreement_wheel_item SET title = :title, description = :description,
                            category = :category, starts_on = :startsOn, rrule = :rrule, owner_id = :ownerId,
                            reminder_days = :reminderDays, updated_at = :now
                        WHERE id = :id""")
                .paramSource(parameters(form, checked).addValue("id", id))
                .update();
        if (updated == 0) {
            throw new Rejected(new Violation("id", "agreement.wheel.item.notFound"));
        }
        audit.updated(AUDITED, id, Audited.of(before), Audited.of(find(id).orElseThrow()));
    }

    @Transactional
    boolean delete(long id) {
        Optional<WheelItem> item = find(id);
        if (item.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM agreement_wheel_item WHERE id = :id")
                .param("id", id)
                .update();
        audit.deleted(AUDITED, id, Audited.of(item.get()));
        return true;
    }

    /** Every date of every item in the year, by date and title, with the owner's name. */
    List<WheelItem.Occurrence> year(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The next dates from today, at most {@code limit}, within a year. */
    List<WheelItem.Occurrence> upcoming(int limit) {
        LocalDate today = today();
        return between(today, today.plusYears(1)).stream().limit(limit).toList();
    }

    List<WheelItem.Occurrence> between(LocalDate from, LocalDate to) {
        Map<Long, String> names = ownerNames();
        List<WheelItem.Occurrence> occurrences = new ArrayList<>();
        for (WheelItem item : items()) {
            for (LocalDate date : item.occurrences(from, to)) {
                occurrences.add(new WheelItem.Occurrence(
                        item, date, item.ownerId() == null ? null : names.get(item.ownerId())));
            }
        }
        occurrences.sort(Comparator.comparing(WheelItem.Occurrence::date)
                .thenComparing(o -> o.item().title())
                .thenComparing(o -> o.item().id()));
        return occurrences;
    }

    /** The active staff, who may own an item, by id. */
    Map<Long, String> ownerNames() {
        return staff.active().stream()
                .collect(Collectors.toMap(
                        StaffDirectory.StaffMember::id,
                        StaffDirectory.StaffMember::name,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** A date of an item whose owner is to be reminded now. */
    record Due(WheelItem item, LocalDate date, StaffDirectory.StaffMember owner) {}

    /**
     * Claims the dates whose reminder is due today (from today up to each item's reminder days ahead) and that were
     * not reminded before: in the caller's transaction, so the claim and the mail commit together; an instance that
     * runs at the same moment gets the other dates or none.
     */
    @Transactional
    List<Due> claimDueReminders() {
        LocalDate today = today();
        Map<Long, StaffDirectory.StaffMember> owners = staff.active().stream()
                .collect(Collectors.toMap(StaffDirectory.StaffMember::id, Function.identity(), (a, b) -> a));
        List<Due> due = new ArrayList<>();
        for (WheelItem item : items()) {
            if (item.reminderDays() == null || item.ownerId() == null || !owners.containsKey(item.ownerId())) {
                continue;
            }
            for (LocalDate date : item.occurrences(today, today.plusDays(item.reminderDays()))) {
                int claimed = jdbc.sql("""
                                INSERT INTO agreement_wheel_reminder (item_id, occurs_on, sent_at)
                                VALUES (:item, :date, :now) ON CONFLICT DO NOTHING""")
                        .param("item", item.id())
                        .param("date", date)
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
                if (claimed == 1) {
                    due.add(new Due(item, date, owners.get(item.ownerId())));
                }
            }
        }
        return due;
    }

    private record Checked(LocalDate startsOn, @Nullable String rrule) {}

    /** Every rule the form breaks at once; the rule's own text only when the start date can be read. */
    private Checked check(WheelItemForm form) {
        List<Violation> violations = new ArrayList<>();
        LocalDate startsOn = form.startsOn();
        String rrule = null;
        if (startsOn == null) {
            violations.add(new Violation("startsOn", "agreement.wheel.startsOn.required"));
        } else if (startsOn.getYear() < FIRST_YEAR || startsOn.getYear() > LAST_YEAR) {
            violations.add(new Violation("startsOn", "agreement.wheel.startsOn.range", FIRST_YEAR, LAST_YEAR));
        } else if (form.rrule() != null && !form.rrule().isBlank()) {
            try {
                RecurrenceRule rule = RecurrenceRule.parse(form.rrule(), startsOn);
                startsOn = rule.firstFrom(startsOn);
                rrule = rule.text();
            } catch (Rejected rejected) {
                violations.addAll(rejected.violations());
            }
        }
        if (form.category() == null) {
            violations.add(new Violation("category", "agreement.wheel.category.required"));
        }
        if (form.ownerId() != null && !ownerNames().containsKey(form.ownerId())) {
            violations.add(new Violation("ownerId", "agreement.wheel.owner.unknown"));
        }
        if (form.reminderDays() != null && form.ownerId() == null) {
            violations.add(new Violation("reminderDays", "agreement.wheel.reminderDays.needsOwner"));
        }
        if (form.reminderDays() != null && (form.reminderDays() < 0 || form.reminderDays() > 365)) {
            violations.add(new Violation("reminderDays", "agreement.wheel.reminderDays.range"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return new Checked(startsOn, rrule);
    }

    private Map<String, Object> parametersMap(WheelItemForm form, Checked checked) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("title", form.title().strip());
        values.put(
                "description",
                form.description() == null || form.description().isBlank()
                        ? null
                        : form.description().strip());
        values.put("category", form.category().name());
        values.put("startsOn", checked.startsOn());
        values.put("rrule", checked.rrule());
        values.put("ownerId", form.ownerId());
        values.put("reminderDays", form.reminderDays());
        values.put("now", Timestamp.from(clock.instant()));
        return values;
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(
            WheelItemForm form, Checked checked) {
        org.springframework.jdbc.core.namedparam.MapSqlParameterSource source =
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
        parametersMap(form, checked).forEach(source::addValue);
        source.registerSqlType("ownerId", java.sql.Types.BIGINT);
        source.registerSqlType("reminderDays", java.sql.Types.INTEGER);
        source.registerSqlType("rrule", java.sql.Types.VARCHAR);
        source.registerSqlType("description", java.sql.Types.VARCHAR);
        return source;
    }

    private static WheelItem item(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        int days = rs.getInt("reminder_days");
        Integer reminderDays = rs.wasNull() ? null : days;
        return new WheelItem(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("description"),
                WheelItem.Category.valueOf(rs.getString("category")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getString("rrule"),
                ownerId,
                reminderDays);
    }
}
