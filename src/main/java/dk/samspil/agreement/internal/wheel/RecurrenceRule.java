package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The part of iCalendar's RRULE (RFC 5545, 3.3.10) that the annual wheel can draw, for whole-day items: FREQ=YEARLY,
 * MONTHLY or WEEKLY with INTERVAL, COUNT or UNTIL, BYMONTH, BYMONTHDAY and BYDAY (with an ordinal such as 3TU or -1FR
 * in yearly and monthly rules), and WKST=MO. Anything else, or a rule with more than {@link #MAX_PER_YEAR} dates in a
 * year, is refused with a Danish message (a {@link Rejected} on the field {@code rrule}); a rule that passes expands
 * here, so the wheel, the table, the reminders and any calendar client that reads the feed agree on the dates.
 * <p>
 * Written instead of using ical4j at run time: ical4j 4.1 brings commons-lang3, threeten-extra and at run time
 * Groovy and jparsec for what is a hundred lines here, and a general expander would still need this subset's checks.
 * The tests compare this expansion with ical4j's (a test dependency) rule by rule. Public for those tests only: the
 * class is internal to the agreement module like everything else here.
 */
final class RecurrenceRule {

    static final String FIELD = "rrule";
    static final int MAX_PER_YEAR = 60;
    static final int MAX_INTERVAL = 99;
    static final int MAX_COUNT = 999;

    enum Frequency {
        YEARLY,
        MONTHLY,
        WEEKLY
    }

    /** A BYDAY entry: a weekday, every one ({@code ordinal == 0}) or the n-th (negative: from the end). */
    record WeekdayNum(int ordinal, DayOfWeek day) {

        public String text() {
            return (ordinal == 0 ? "" : String.valueOf(ordinal)) + CODES.get(day);
        }
    }

    private static final Map<DayOfWeek, String> CODES = Map.of(
            DayOfWeek.MONDAY, "MO",
            DayOfWeek.TUESDAY, "TU",
            DayOfWeek.WEDNESDAY, "WE",
            DayOfWeek.THURSDAY, "TH",
            DayOfWeek.FRIDAY, "FR",
            DayOfWeek.SATURDAY, "SA",
            DayOfWeek.SUNDAY, "SU");
    private static final Map<String, DayOfWeek> DAYS =
            CODES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    private static final Set<String> NOT_DRAWN =
            Set.of("BYSECOND", "BYMINUTE", "BYHOUR", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "RSCALE", "SKIP");
    private static final Set<String> TOO_OFTEN = Set.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,3}");
    private static final Pattern WEEKDAY = Pattern.compile("([+-]?\\d{1,2})?([A-Z]{2})");
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[A-Z0-9=;,+\\-:]+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_PERIODS = 20_000;

    private final Frequency frequency;
    private final int interval;
    private final @Nullable Integer count;
    private final @Nullable LocalDate until;
    private final List<Integer> byMonth;
    private final List<Integer> byMonthDay;
    private final List<WeekdayNum> byDay;

    private RecurrenceRule(
            Frequency frequency,
            int interval,
            @Nullable Integer count,
            @Nullable LocalDate until,
            List<Integer> byMonth,
            List<Integer> byMonthDay,
            List<WeekdayNum> byDay) {
        this.frequency = frequency;
        this.interval = interval;
        this.count = count;
        this.until = until;
        this.byMonth = List.copyOf(new TreeSet<>(byMonth));
        this.byMonthDay = List.copyOf(byMonthDay);
        this.byDay = List.copyOf(byDay);
    }

    /**
     * Reads a rule as a user or the demo data writes it ({@code RRULE:} in front is allowed, any case) and checks that
     * the wheel can draw it from {@code start}.
     *
     * @throws Rejected on the field {@code rrule}, with a message that says what to change
     */
    static RecurrenceRule parse(String text, LocalDate start) {
        RecurrenceRule rule = parse(text);
        rule.requireDrawable(start);
        return rule;
    }

    /** Reads a rule without the checks that need its start (the number of dates a year). */
    static RecurrenceRule parse(String text) {
        String rule = text.replaceAll("[ \\t\\r\\n]+", "").toUpperCase(Locale.ROOT);
        if (rule.startsWith("RRULE:")) {
            rule = rule.substring("RRULE:".length());
        }
        if (rule.endsWith(";")) {
            rule = rule.substring(0, rule.length() - 1);
        }
        if (rule.isEmpty()
                || !ALLOWED_CHARACTERS.matcher(rule).matches()
                || rule.contains(":")
                || !rule.contains("=")) {
            throw refused("agreement.wheel.rrule.syntax");
        }
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (String part : rule.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0 || equals == part.length() - 1 || part.indexOf('=', equals + 1) >= 0) {
                throw refused("agreement.wheel.rrule.part", shorten(part));
            }
            String name = part.substring(0, equals);
            if (parts.put(name, part.substring(equals + 1)) != null) {
                throw refused("agreement.wheel.rrule.duplicate", name);
            }
        }
        for (String name : parts.keySet()) {
            if (NOT_DRAWN.contains(name)) {
                throw refused("agreement.wheel.rrule.unsupported", name);
            }
            if (!Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "WKST")
                    .contains(name)) {
                throw refused("agreement.wheel.rrule.unknown", shorten(name));
            }
        }
        String freq = parts.get("FREQ");
        if (freq == null) {
            throw refused("agreement.wheel.rrule.freqMissing");
        }
        if (TOO_OFTEN.contains(freq)) {
            throw refused("agreement.wheel.rrule.frequency", freq);
        }
        Frequency frequency;
        try {
            frequency = Frequency.valueOf(freq);
        } catch (IllegalArgumentException unknown) {
            throw refused("agreement.wheel.rrule.value", "FREQ", shorten(freq));
        }
        int interval = parts.containsKey("INTERVAL") ? number(parts, "INTERVAL", 1, MAX_INTERVAL) : 1;
        Integer count = parts.containsKey("COUNT") ? number(parts, "COUNT", 1, MAX_COUNT) : null;
        LocalDate until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL")) : null;
        if (count != null && until != null) {
            throw refused("agreement.wheel.rrule.countAndUntil");
        }
        String weekStart = parts.get("WKST");
        if (weekStart != null && !"MO".equals(weekStart)) {
            throw refused("agreement.wheel.rrule.weekStart");
        }
        List<Integer> byMonth = numbers(parts, "BYMONTH", 1, 12, false);
        List<Integer> byMonthDay = numbers(parts, "BYMONTHDAY", -31, 31, true);
        List<WeekdayNum> byDay = new ArrayList<>();
        if (parts.containsKey("BYDAY")) {
            Set<String> seen = new HashSet<>();
            for (String value : parts.get("BYDAY").split(",", -1)) {
                Matcher day = WEEKDAY.matcher(value);
                if (!day.matches() || !DAYS.containsKey(day.group(2)) || !seen.add(value)) {
                    throw refused("agreement.wheel.rrule.value", "BYDAY", shorten(value));
                }
                int ordinal = day.group(1) == null ? 0 : Integer.parseInt(day.group(1));
                if (day.group(1) != null && ordinal == 0) {
                    throw refused("agreement.wheel.rrule.value", "BYDAY", value);
                }
                if (ordinal != 0 && frequency == Frequency.WEEKLY) {
                    throw refused("agreement.wheel.rrule.weeklyOrdinal");
                }
                int limit = frequency == Frequency.MONTHLY || !byMonth.isEmpty() ? 5 : 53;
                if (Math.abs(ordinal) > limit) {
                    throw refused("agreement.wheel.rrule.value", "BYDAY", value);
                }
                byDay.add(new WeekdayNum(ordinal, DAYS.get(day.group(2))));
            }
        }
        if (frequency == Frequency.YEARLY && !byMonthDay.isEmpty() && byMonth.isEmpty()) {
            // calendar programs disagree on this one (every month, or only DTSTART's): the wheel asks for the months
            throw refused("agreement.wheel.rrule.yearlyMonthDay");
        }
        if (frequency == Frequency.WEEKLY && !byMonthDay.isEmpty()) {
            throw refused("agreement.wheel.rrule.weeklyMonthDay");
        }
        return new RecurrenceRule(frequency, interval, count, until, byMonth, byMonthDay, byDay);
    }

    /** Refuses a rule that gives no date from {@code start}, or more than {@link #MAX_PER_YEAR} in a year. */
    private void requireDrawable(LocalDate start) {
        if (until != null && until.isBefore(start)) {
            throw refused("agreement.wheel.rrule.untilBeforeStart");
        }
        List<LocalDate> dates = occurrences(start, start, LocalDate.of(start.getYear() + 4, 12, 31));
        if (dates.isEmpty()) {
            throw refused("agreement.wheel.rrule.none");
        }
        long most =
                dates.stream()
                        .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()))
                        .values()
                        .stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(0);
        if (most > MAX_PER_YEAR) {
            throw refused("agreement.wheel.rrule.tooMany", most, MAX_PER_YEAR);
        }
    }

    /** The rule as the wheel stores it and writes it in the feed: parts in a fixed order, UNTIL as a DATE. */
    String text() {
        StringBuilder text = new StringBuilder("FREQ=").append(frequency);
        if (interval > 1) {
            text.append(";INTERVAL=").append(interval);
        }
        if (!byMonth.isEmpty()) {
            text.append(";BYMONTH=").append(join(byMonth));
        }
        if (!byMonthDay.isEmpty()) {
            text.append(";BYMONTHDAY=").append(join(byMonthDay));
        }
        if (!byDay.isEmpty()) {
            text.append(";BYDAY=").append(byDay.stream().map(WeekdayNum::text).collect(Collectors.joining(",")));
        }
        if (count != null) {
            text.append(";COUNT=").append(count);
        }
        if (until != null) {
            text.append(";UNTIL=").append(DATE.format(until));
        }
        return text.toString();
    }

    Frequency frequency() {
        return frequency;
    }

    int interval() {
        return interval;
    }

    @Nullable
    Integer count() {
        return count;
    }

    @Nullable
    LocalDate until() {
        return until;
    }

    List<Integer> byMonth() {
        return byMonth;
    }

    List<Integer> byMonthDay() {
        return byMonthDay;
    }

    List<WeekdayNum> byDay() {
        return byDay;
    }

    @Override
    public String toString() {
        return text();
    }

    /** The first date the rule gives on or after {@code date}, counting from there: the item's DTSTART. */
    LocalDate firstFrom(LocalDate date) {
        List<LocalDate> dates = occurrences(date, date, LocalDate.of(date.getYear() + 4, 12, 31));
        if (dates.isEmpty()) {
            throw refused("agreement.wheel.rrule.none");
        }
        return dates.get(0);
    }

    /**
     * The dates from {@code start} (DTSTART, which the wheel keeps on a date of the rule) that fall between {@code from}
     * and {@code to}, both included, in order. COUNT counts from {@code start}, so dates before {@code from} count too.
     */
    List<LocalDate> occurrences(LocalDate start, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        int given = 0;
        LocalDate last = until != null && until.isBefore(to) ? until : to;
        for (int period = 0; period < MAX_PERIODS; period++) {
            LocalDate periodStart = periodStart(start, period);
            if (periodStart.isAfter(last)) {
                break;
            }
            for (LocalDate date : candidates(start, periodStart)) {
                if (date.isBefore(start)) {
                    continue;
                }
                if (date.isAfter(last) || (count != null && given >= count)) {
                    return dates;
                }
                given++;
                if (!date.isBefore(from)) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    private LocalDate periodStart(LocalDate start, int period) {
        long step = (long) period * interval;
        return switch (frequency) {
            case YEARLY -> LocalDate.of(start.getYear(), 1, 1).plusYears(step);
            case MONTHLY -> start.withDayOfMonth(1).plusMonths(step);
            case WEEKLY ->
                start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
        };
    }

    private TreeSet<LocalDate> candidates(LocalDate start, LocalDate periodStart) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        switch (frequency) {
            case YEARLY -> {
                int year = periodStart.getYear();
                if (byMonth.isEmpty() && !byDay.isEmpty()) {
                    weekdays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), dates);
                    dates.removeIf(date -> !monthDayMatches(date));
                } else {
                    List<Integer> months = !byMonth.isEmpty()
                            ? byMonth
                            : byMonthDay.isEmpty()
                                    ? List.of(start.getMonthValue())
                                    : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
                    for (int month : months) {
                        inMonth(YearMonth.of(year, month), start, dates);
                    }
                }
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(periodStart);
                if (byMonth.isEmpty() || byMonth.contains(month.getMonthValue())) {
                    inMonth(month, start, dates);
                }
            }
            case WEEKLY -> {
                if (byDay.isEmpty()) {
                    dates.add(periodStart.with(TemporalAdjusters.nextOrSame(start.getDayOfWeek())));
                } else {
                    byDay.forEach(day -> dates.add(periodStart.with(TemporalAdjusters.nextOrSame(day.day()))));
                }
                dates.removeIf(date -> !byMonth.isEmpty() && !byMonth.contains(date.getMonthValue()));
            }
        }
        return dates;
    }

    private void inMonth(YearMonth month, LocalDate start, TreeSet<LocalDate> dates) {
        if (!byDay.isEmpty()) {
            weekdays(month.atDay(1), month.atEndOfMonth(), dates);
            dates.removeIf(date -> YearMonth.from(date).equals(month) && !monthDayMatches(date));
        } else if (!byMonthDay.isEmpty()) {
            int length = month.lengthOfMonth();
            for (int day : byMonthDay) {
                int resolved = day > 0 ? day : length + day + 1;
                if (resolved >= 1 && resolved <= length) {
                    dates.add(month.atDay(resolved));
                }
            }
        } else if (start.getDayOfMonth() <= month.lengthOfMonth()) {
            dates.add(month.atDay(start.getDayOfMonth()));
        }
    }

    /** Every BYDAY weekday between {@code first} and {@code last}, or its n-th one there. */
    private void weekdays(LocalDate first, LocalDate last, TreeSet<LocalDate> dates) {
        for (WeekdayNum weekday : byDay) {
            List<LocalDate> all = new ArrayList<>();
            for (LocalDate date = first.with(TemporalAdjusters.nextOrSame(weekday.day()));
                    !date.isAfter(last);
                    date = date.plusWeeks(1)) {
                all.add(date);
            }
            int n = weekday.ordinal();
            if (n == 0) {
                dates.addAll(all);
            } else if (n > 0 && n <= all.size()) {
                dates.add(all.get(n - 1));
            } else if (n < 0 && -n <= all.size()) {
                dates.add(all.get(all.size() + n));
            }
        }
    }

    private boolean monthDayMatches(LocalDate date) {
        if (byMonthDay.isEmpty()) {
            return true;
        }
        int length = date.lengthOfMonth();
        return byMonthDay.stream()
                .anyMatch(day -> day > 0 ? date.getDayOfMonth() == day : date.getDayOfMonth() == length + day + 1);
    }

    private static int number(Map<String, String> parts, String name, int min, int max) {
        String value = parts.get(name);
        if (!NUMBER.matcher(value).matches()) {
            throw refused("agreement.wheel.rrule.value", name, shorten(value));
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw refused("agreement.wheel.rrule.range", name, min, max);
        }
        return number;
    }

    private static List<Integer> numbers(Map<String, String> parts, String name, int min, int max, boolean notZero) {
        if (!parts.containsKey(name)) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String value : parts.get(name).split(",", -1)) {
            if (!NUMBER.matcher(value).matches()) {
                throw refused("agreement.wheel.rrule.value", name, shorten(value));
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max || (notZero && number == 0)) {
                throw refused("agreement.wheel.rrule.value", name, value);
            }
            if (numbers.contains(number)) {
                throw refused("agreement.wheel.rrule.value", name, value);
            }
            numbers.add(number);
        }
        return numbers;
    }

    private static LocalDate until(String value) {
        String date = value;
        if (value.length() == 16 && value.charAt(8) == 'T' && value.endsWith("Z")
                || value.length() == 15 && value.charAt(8) == 'T') {
            date = value.substring(0, 8);
        }
        try {
            if (date.length() != 8) {
                throw new DateTimeParseException("not a date", value, 0);
            }
            LocalDate until = LocalDate.parse(date, DATE);
            if (until.getYear() < 2000 || until.getYear() > 2199) {
                throw refused("agreement.wheel.rrule.value", "UNTIL", shorten(value));
            }
            return until;
        } catch (DateTimeParseException notADate) {
            throw refused("agreement.wheel.rrule.value", "UNTIL", shorten(value));
        }
    }

    private static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A part of the user's rule repeated in the message, cut so a long paste does not fill the page. */
    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private static Rejected refused(String key, Object... arguments) {
        return new Rejected(new Violation(FIELD, key, arguments));
    }
}
