package dk.samspil.agreement.internal.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.platform.Rejected;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wheel's own RRULE expander gives the same dates as ical4j (the parser calendar clients' libraries are measured
 * against) for every kind of rule it accepts, and refuses with a Danish message what the wheel cannot draw.
 */
class RecurrenceRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FREQ=YEARLY;BYMONTH=2,5,8,11;BYDAY=3TU",
                "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30",
                "FREQ=YEARLY;BYMONTH=11;BYDAY=-1FR",
                "FREQ=YEARLY;BYDAY=20MO",
                "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=1",
                "FREQ=YEARLY",
                "FREQ=YEARLY;COUNT=3",
                "FREQ=YEARLY;BYMONTH=6,12",
                "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10",
                "FREQ=MONTHLY;BYDAY=1MO,-1FR",
                "FREQ=MONTHLY;BYMONTHDAY=31",
                "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=2WE",
                "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
                "FREQ=MONTHLY;COUNT=5;BYMONTHDAY=15",
                "FREQ=MONTHLY;UNTIL=20280630;BYMONTHDAY=1",
                "FREQ=WEEKLY",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH",
                "FREQ=WEEKLY;BYDAY=WE;BYMONTH=9,10",
                "FREQ=WEEKLY;COUNT=4;BYDAY=FR"
            })
    void expandsLikeICal4j(String text) {
        for (LocalDate from : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 6), LocalDate.of(2027, 3, 31))) {
            RecurrenceRule rule = RecurrenceRule.parse(text, from);
            LocalDate start = rule.firstFrom(from);
            LocalDate end = LocalDate.of(2029, 12, 31);
            List<LocalDate> ours = rule.occurrences(start, start, end);
            List<LocalDate> theirs = new Recur<LocalDate>(rule.text()).getDates(start, start, end);
            assertThat(ours).as("%s from %s", text, start).isNotEmpty().isEqualTo(theirs);
            // a year's window gives the same dates as the whole expansion cut to that year
            assertThat(rule.occurrences(start, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)))
                    .isEqualTo(ours.stream().filter(d -> d.getYear() == 2028).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=YEARLY;BYMONTH=2,5,8,11;BYDAY=3TU", "rrule:freq=yearly; bymonth=2,5,8,11; byday=3TU"})
    void theStatusMeetingsOf2027AreInFebruaryMayAugustAndNovember(String text) {
        RecurrenceRule rule = RecurrenceRule.parse(text, LocalDate.of(2026, 1, 1));
        assertThat(rule.text()).isEqualTo("FREQ=YEARLY;BYMONTH=2,5,8,11;BYDAY=3TU");
        assertThat(rule
                        .occurrences(
                                rule.firstFrom(LocalDate.of(2026, 1, 1)),
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 12, 31))
                        .stream()
                        .map(LocalDate::getMonth)
                        .toList())
                .containsExactly(Month.FEBRUARY, Month.MAY, Month.AUGUST, Month.NOVEMBER);
    }

    /** The demo data's rules are ones the wheel draws, with the status meetings in the quarter's middle months. */
    @org.junit.jupiter.api.Test
    void theDemoDataHoldsTheStatusMeetingsTheRenewalAndBudgetDates() throws Exception {
        tools.jackson.databind.JsonNode demo;
        try (var in = getClass().getResourceAsStream("/demo/agreement-wheel.json")) {
            demo = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
        }
        java.util.Map<String, List<Month>> months = new java.util.HashMap<>();
        for (tools.jackson.databind.JsonNode item : demo.get("items")) {
            LocalDate from = LocalDate.parse("2027-" + item.get("startsOn").asString());
            List<LocalDate> dates = item.hasNonNull("rrule")
                    ? RecurrenceRule.parse(item.get("rrule").asString(), from)
                            .occurrences(
                                    RecurrenceRule.parse(item.get("rrule").asString())
                                            .firstFrom(from),
                                    from,
                                    LocalDate.of(2027, 12, 31))
                    : List.of(from);
            months.merge(
                    item.get("category").asString(),
                    dates.stream().map(LocalDate::getMonth).toList(),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                            .toList());
        }
        assertThat(months.get("STATUS_MEETING"))
                .containsExactly(Month.FEBRUARY, Month.MAY, Month.AUGUST, Month.NOVEMBER);
        assertThat(months.get("RENEWAL")).containsExactly(Month.NOVEMBER);
        assertThat(months.get("BUDGET")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=SECONDLY|agreement.wheel.rrule.frequency",
                "FREQ=MINUTELY;INTERVAL=30|agreement.wheel.rrule.frequency",
                "FREQ=HOURLY|agreement.wheel.rrule.frequency",
                "FREQ=DAILY|agreement.wheel.rrule.frequency",
                "FREQ=WEEKLY;BYDAY=MO,WE|agreement.wheel.rrule.tooMany",
                "FREQ=MONTHLY;BYDAY=MO,TU|agreement.wheel.rrule.tooMany",
                "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30|agreement.wheel.rrule.none",
                "FREQ=YEARLY;;BYMONTH=2|agreement.wheel.rrule.part",
                "FREQ=YEARLY;BYMONTH|agreement.wheel.rrule.part",
                "BYMONTH=2|agreement.wheel.rrule.freqMissing",
                "FREQ=FORTNIGHTLY|agreement.wheel.rrule.value",
                "FREQ=YEARLY;BYMONTH=13|agreement.wheel.rrule.value",
                "FREQ=YEARLY;BYMONTHDAY=0|agreement.wheel.rrule.value",
                "FREQ=YEARLY;BYDAY=XX|agreement.wheel.rrule.value",
                "FREQ=MONTHLY;BYDAY=6MO|agreement.wheel.rrule.value",
                "FREQ=WEEKLY;BYDAY=1MO|agreement.wheel.rrule.weeklyOrdinal",
                "FREQ=WEEKLY;BYMONTHDAY=1|agreement.wheel.rrule.weeklyMonthDay",
                "FREQ=YEARLY;BYSETPOS=1;BYDAY=MO|agreement.wheel.rrule.unsupported",
                "FREQ=YEARLY;BYHOUR=9|agreement.wheel.rrule.unsupported",
                "FREQ=YEARLY;COLOUR=RED|agreement.wheel.rrule.unknown",
                "FREQ=YEARLY;FREQ=MONTHLY|agreement.wheel.rrule.duplicate",
                "FREQ=YEARLY;COUNT=2;UNTIL=20300101|agreement.wheel.rrule.countAndUntil",
                "FREQ=YEARLY;UNTIL=20200101|agreement.wheel.rrule.untilBeforeStart",
                "FREQ=YEARLY;UNTIL=tomorrow|agreement.wheel.rrule.value",
                "FREQ=YEARLY;BYMONTHDAY=-1|agreement.wheel.rrule.yearlyMonthDay",
                "FREQ=YEARLY;INTERVAL=0|agreement.wheel.rrule.range",
                "FREQ=YEARLY;WKST=SU|agreement.wheel.rrule.weekStart",
                "DTSTART:20270101|agreement.wheel.rrule.syntax",
                "<script>|agreement.wheel.rrule.syntax"
            })
    void refusesWhatTheWheelCannotDraw(String text, String key) {
        assertThatThrownBy(() -> RecurrenceRule.parse(text, LocalDate.of(2026, 12, 6)))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.violations()).hasSize(1);
                    assertThat(rejected.violations().get(0).field()).isEqualTo("rrule");
                    assertThat(rejected.violations().get(0).messageKey()).isEqualTo(key);
                });
    }
}
