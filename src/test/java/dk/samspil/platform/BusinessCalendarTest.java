package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Danish business days against the real calendars: Easter Sunday 2023–2030 from the almanac, the holidays of 2026
 * and 2027 written out, store bededag only up to 2023, and deadlines across Easter, Grundlovsdag, Christmas and New Year.
 */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.DANISH;

    @Test
    void easterSundayFollowsTheAlmanac() {
        Map<Integer, LocalDate> easter = Map.of(
                2023,
                LocalDate.of(2023, 4, 9),
                2024,
                LocalDate.of(2024, 3, 31),
                2025,
                LocalDate.of(2025, 4, 20),
                2026,
                LocalDate.of(2026, 4, 5),
                2027,
                LocalDate.of(2027, 3, 28),
                2028,
                LocalDate.of(2028, 4, 16),
                2029,
                LocalDate.of(2029, 4, 1),
                2030,
                LocalDate.of(2030, 4, 21),
                2038,
                LocalDate.of(2038, 4, 25),
                2285,
                LocalDate.of(2285, 3, 22));
        easter.forEach((year, date) -> assertThat(BusinessCalendar.easterSunday(year))
                .as("Easter %d", year)
                .isEqualTo(date));
    }

    @Test
    void theClosedDaysOf2026And2027AreWrittenOutInFull() {
        assertThat(calendar.closedDays(2026))
                .containsExactly(
                        Map.entry(LocalDate.of(2026, 1, 1), "Nytårsdag"),
                        Map.entry(LocalDate.of(2026, 4, 2), "Skærtorsdag"),
                        Map.entry(LocalDate.of(2026, 4, 3), "Langfredag"),
                        Map.entry(LocalDate.of(2026, 4, 5), "Påskedag"),
                        Map.entry(LocalDate.of(2026, 4, 6), "2. påskedag"),
                        Map.entry(LocalDate.of(2026, 5, 14), "Kristi himmelfartsdag"),
                        Map.entry(LocalDate.of(2026, 5, 24), "Pinsedag"),
                        Map.entry(LocalDate.of(2026, 5, 25), "2. pinsedag"),
                        Map.entry(LocalDate.of(2026, 6, 5), "Grundlovsdag"),
                        Map.entry(LocalDate.of(2026, 12, 24), "Juleaftensdag"),
                        Map.entry(LocalDate.of(2026, 12, 25), "Juledag"),
                        Map.entry(LocalDate.of(2026, 12, 26), "2. juledag"),
                        Map.entry(LocalDate.of(2026, 12, 31), "Nytårsaftensdag"));
        assertThat(calendar.closedDays(2027).keySet())
                .containsExactly(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 25),
                        LocalDate.of(2027, 3, 26),
                        LocalDate.of(2027, 3, 28),
                        LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 6),
                        LocalDate.of(2027, 5, 16),
                        LocalDate.of(2027, 5, 17),
                        LocalDate.of(2027, 6, 5),
                        LocalDate.of(2027, 12, 24),
                        LocalDate.of(2027, 12, 25),
                        LocalDate.of(2027, 12, 26),
                        LocalDate.of(2027, 12, 31));
    }

    @Test
    void storeBededagIsClosedUpTo2023Only() {
        assertThat(calendar.closedDays(2023)).containsEntry(LocalDate.of(2023, 5, 5), "Store bededag");
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 5, 5))).isFalse();
        assertThat(calendar.closedDays(2024)).doesNotContainValue("Store bededag");
        assertThat(calendar.isBusinessDay(LocalDate.of(2024, 4, 26))).isTrue();
    }

    @Test
    void deadlinesSkipWeekendsEasterGrundlovsdagChristmasAndNewYear() {
        // the example: two business days after 1 April 2026 jump the whole Easter
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 4, 1), 2)).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 4, 1), 5)).isEqualTo(LocalDate.of(2026, 4, 13));
        // Grundlovsdag on a Friday
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 6, 4), 1)).isEqualTo(LocalDate.of(2026, 6, 8));
        // from 23 December 2026 over Christmas, New Year's Eve and New Year's Day (a Friday) into 2027
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 23), 4)).isEqualTo(LocalDate.of(2027, 1, 4));
        // a Friday's day after is Monday; received on a Saturday, the Monday is the first business day
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 27), 0)).isEqualTo(LocalDate.of(2026, 11, 27));
        for (LocalDate day : List.of(LocalDate.of(2029, 3, 29), LocalDate.of(2030, 6, 10), LocalDate.of(2028, 5, 25))) {
            assertThat(calendar.isBusinessDay(day)).as("%s is a holiday", day).isFalse();
        }
        assertThatThrownBy(() -> calendar.addBusinessDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The public holidays alone (no extra closing days), 2024–2030, written out from the almanac. */
    @Test
    void thePublicHolidaysOf2024To2030AreWrittenOut() {
        BusinessCalendar holidaysOnly = new BusinessCalendar(Map.of());
        Map<Integer, List<String>> holidays = Map.of(
                2024, List.of("01-01", "03-28", "03-29", "03-31", "04-01", "05-09", "05-19", "05-20", "12-25", "12-26"),
                2025, List.of("01-01", "04-17", "04-18", "04-20", "04-21", "05-29", "06-08", "06-09", "12-25", "12-26"),
                2026, List.of("01-01", "04-02", "04-03", "04-05", "04-06", "05-14", "05-24", "05-25", "12-25", "12-26"),
                2027, List.of("01-01", "03-25", "03-26", "03-28", "03-29", "05-06", "05-16", "05-17", "12-25", "12-26"),
                2028, List.of("01-01", "04-13", "04-14", "04-16", "04-17", "05-25", "06-04", "06-05", "12-25", "12-26"),
                2029, List.of("01-01", "03-29", "03-30", "04-01", "04-02", "05-10", "05-20", "05-21", "12-25", "12-26"),
                2030,
                        List.of(
                                "01-01", "04-18", "04-19", "04-21", "04-22", "05-30", "06-09", "06-10", "12-25",
                                "12-26"));
        holidays.forEach((year, days) -> assertThat(
                        holidaysOnly.closedDays(year).keySet())
                .as("holidays of %d", year)
                .containsExactlyElementsOf(days.stream()
                        .map(day -> LocalDate.parse(year + "-" + day))
                        .toList()));
        assertThat(holidaysOnly.closedDays(2028).values())
                .containsExactly(
                        "Nytårsdag",
                        "Skærtorsdag",
                        "Langfredag",
                        "Påskedag",
                        "2. påskedag",
                        "Kristi himmelfartsdag",
                        "Pinsedag",
                        "2. pinsedag",
                        "Juledag",
                        "2. juledag");
    }

    @Test
    void deadlinesAcrossNewYearAndEasterFrom2024To2030() {
        // New Year, every turn of the year from 2024/25 to 2029/30: 24, 25, 26 and 31 December and 1 January closed
        assertThat(calendar.addBusinessDays(LocalDate.of(2029, 12, 21), 3)).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(calendar.addBusinessDays(LocalDate.of(2024, 12, 23), 1)).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(calendar.addBusinessDays(LocalDate.of(2024, 12, 27), 1)).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(calendar.addBusinessDays(LocalDate.of(2024, 12, 30), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(calendar.addBusinessDays(LocalDate.of(2027, 12, 23), 5)).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(calendar.addBusinessDays(LocalDate.of(2025, 12, 23), 1)).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(calendar.addBusinessDays(LocalDate.of(2025, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
        // 2028: 24 December on a Sunday, 1 January 2029 on a Monday
        assertThat(calendar.addBusinessDays(LocalDate.of(2028, 12, 22), 1)).isEqualTo(LocalDate.of(2028, 12, 27));
        assertThat(calendar.addBusinessDays(LocalDate.of(2028, 12, 29), 1)).isEqualTo(LocalDate.of(2029, 1, 2));
        // Easter of every year 2024–2030: skærtorsdag to 2. påskedag closed
        assertThat(calendar.addBusinessDays(LocalDate.of(2025, 4, 16), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(calendar.addBusinessDays(LocalDate.of(2024, 3, 27), 2)).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(calendar.addBusinessDays(LocalDate.of(2028, 4, 12), 1)).isEqualTo(LocalDate.of(2028, 4, 18));
        assertThat(calendar.addBusinessDays(LocalDate.of(2030, 4, 17), 5)).isEqualTo(LocalDate.of(2030, 4, 29));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 4, 1), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(calendar.addBusinessDays(LocalDate.of(2027, 3, 24), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(calendar.addBusinessDays(LocalDate.of(2029, 3, 28), 1)).isEqualTo(LocalDate.of(2029, 4, 3));
        // Kristi himmelfartsdag 2029 on a Thursday, and 2. pinsedag 2030 on a Monday
        assertThat(calendar.addBusinessDays(LocalDate.of(2029, 5, 9), 1)).isEqualTo(LocalDate.of(2029, 5, 11));
        assertThat(calendar.addBusinessDays(LocalDate.of(2030, 6, 7), 1)).isEqualTo(LocalDate.of(2030, 6, 11));
    }

    @Test
    void extraClosingDaysComeFromTheSetting() {
        CalendarProperties settings = new CalendarProperties(List.of("12-24", " 12-31", "06-05", "11-13"));
        assertThat(settings.days())
                .containsExactly(
                        java.time.MonthDay.of(12, 24),
                        java.time.MonthDay.of(12, 31),
                        java.time.MonthDay.of(6, 5),
                        java.time.MonthDay.of(11, 13));
        assertThatThrownBy(() -> new CalendarProperties(List.of("13-40")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13-40");
    }
}
