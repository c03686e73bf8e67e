package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsPlainNumbersWithinTheBounds() {
        assertThat(Numbers.decimal(" 1500000 ")).contains(new BigDecimal("1500000"));
        assertThat(Numbers.decimal("-2.5")).contains(new BigDecimal("-2.5"));
        assertThat(Numbers.decimal("1.5e3")).contains(new BigDecimal("1.5e3"));
        assertThat(Numbers.wholeNumber("12")).contains(12);
    }

    /** Each of these used to build a huge string or number (1E999999999: a gigabyte from toPlainString). */
    @Test
    void refusesHugeExponentsPrecisionAndNonNumbersQuickly() {
        long started = System.nanoTime();
        for (String text : new String[] {
            "1E999999999",
            "1e400",
            "-1e400",
            "1" + "0".repeat(20),
            "9".repeat(1_000_000),
            "0.000001",
            "NaN",
            "Infinity",
            "1,5",
            "12abc",
            "",
            " "
        }) {
            assertThat(Numbers.decimal(text))
                    .as(text.length() > 30 ? text.substring(0, 30) : text)
                    .isEmpty();
        }
        assertThat(Numbers.wholeNumber("1.5")).isEmpty();
        assertThat(Numbers.wholeNumber("1E999999999")).isEmpty();
        assertThat(Numbers.wholeNumber("99999999999")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void boundsOfValuesAlreadyReadAreCheckedWithoutExpandingThem() {
        assertThat(Numbers.isBounded(new BigDecimal("1E+999999999"))).isFalse();
        assertThat(Numbers.isBounded(new BigDecimal("1E-999999999"))).isFalse();
        assertThat(Numbers.isBounded(new BigDecimal("0.001"))).isTrue();
        assertThat(Numbers.isWhole(new BigDecimal("0.001"))).isFalse();
        assertThat(Numbers.isWhole(new BigDecimal("1500000.00"))).isTrue();
    }

    @Test
    void datesOutsideTheYearsEveryInputAllowsAreRefused() {
        assertThat(DateLimits.isWithin(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(DateLimits.isWithin(LocalDate.MAX)).isFalse();
        assertThat(DateLimits.isWithin(LocalDate.MIN)).isFalse();
        assertThat(DateLimits.isWithin(LocalDate.of(10_000, 1, 1))).isFalse();
        assertThat(DateLimits.isWithin(Instant.parse("+999999999-01-01T00:00:00Z")))
                .isFalse();
        assertThat(DateLimits.isWithin(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
    }
}
