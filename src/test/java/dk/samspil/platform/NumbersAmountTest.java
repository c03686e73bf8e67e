package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in kroner as people write them, read by the one number parser. */
class NumbersAmountTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5000000|5000000",
                "5.000.000|5000000",
                "5 000 000|5000000",
                "5000000 kr.|5000000",
                "5.000.000 kr|5000000",
                "DKK 5.000.000|5000000",
                "5 mio.|5000000",
                "5 mio|5000000",
                "5 MIO. KR.|5000000",
                "2,5 mio. kr.|2500000",
                "1,2 mia.|1200000000",
                "3 millioner|3000000",
                "1500000,50|1500000.5",
                "' 750.000 kr. '|750000",
                "0|0"
            })
    void readsTheWaysPeopleWriteAmounts(String text, String expected) {
        assertThat(Numbers.amount(text))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "fem",
                "5.5",
                "5,5,5",
                "5 kr mio",
                "-5",
                "1e6",
                "5.00.000",
                "mio.",
                "5 000000",
                "9999999999999999 mia.",
                "<script>",
                "٥٠٠"
            })
    void refusesWhatIsNoAmount(String text) {
        assertThat(Numbers.amount(text)).isEmpty();
    }
}
