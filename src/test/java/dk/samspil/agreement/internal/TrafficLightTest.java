package dk.samspil.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The traffic light's rule as documented on {@link FocusService}. */
class TrafficLightTest {

    private static FocusService.Light light(Unit unit, String value, String expected) {
        return FocusService.light(
                unit, value == null ? null : new BigDecimal(value), expected == null ? null : new BigDecimal(expected));
    }

    @Test
    void aCountIsGreenAtWhatIsExpectedYellowFromEightyPercentAndRedBelow() {
        assertThat(light(Unit.COUNT, "20", "20")).isEqualTo(FocusService.Light.GREEN);
        assertThat(light(Unit.COUNT, "25", "20")).isEqualTo(FocusService.Light.GREEN);
        assertThat(light(Unit.COUNT, "16", "20")).isEqualTo(FocusService.Light.YELLOW);
        assertThat(light(Unit.PARTICIPANTS, "15.9", "20")).isEqualTo(FocusService.Light.RED);
    }

    @Test
    void aShareIsYellowUpToTenPointsBelowItsTarget() {
        assertThat(light(Unit.PERCENT, "95", "95")).isEqualTo(FocusService.Light.GREEN);
        assertThat(light(Unit.PERCENT, "85", "95")).isEqualTo(FocusService.Light.YELLOW);
        assertThat(light(Unit.PERCENT, "84.9", "95")).isEqualTo(FocusService.Light.RED);
    }

    @Test
    void withoutATargetOrAValueThereIsNoLight() {
        assertThat(light(Unit.COUNT, "3", null)).isEqualTo(FocusService.Light.NONE);
        assertThat(light(Unit.PERCENT, null, "95")).isEqualTo(FocusService.Light.NONE);
    }

    @Test
    void quartersOfAPeriodInOrder() {
        assertThat(Quarters.between(java.time.LocalDate.of(2026, 11, 19), java.time.LocalDate.of(2027, 4, 1)))
                .containsExactly(new Quarters(2026, 4), new Quarters(2027, 1), new Quarters(2027, 2));
        assertThat(Money.ore("9.984.000")).contains(998_400_000L);
        assertThat(Money.ore("1 mio.")).contains(100_000_000L);
        assertThat(Money.ore("-5")).isEmpty();
        assertThat(Money.ore("2,555")).isEmpty();
    }
}
