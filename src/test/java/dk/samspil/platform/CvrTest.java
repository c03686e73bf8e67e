package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one CVR parser: the ways people write a number, and what is wrong when it is not one. */
class CvrTest {

    /** Slagelse Kommune and other published CVR numbers, plus one computed to pass the check. */
    @ParameterizedTest
    @ValueSource(strings = {"29188548", "24256790", "61126228", "61056416", "54562519", "35188606"})
    void acceptsNumbersThatPassModulus11(String cvr) {
        assertThat(Cvr.isValid(cvr)).isTrue();
        assertThat(Cvr.check(cvr)).isEqualTo(Cvr.Check.VALID);
        assertThat(Cvr.problem(cvr)).isEmpty();
        assertThat(new Cvr(cvr).value()).isEqualTo(cvr);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "29 18 85 48",
                "29188548",
                " 29188548 ",
                "29.18.85.48",
                "DK29188548",
                "dk 29 18 85 48",
                "DK-29188548",
                "2918-8548",
                "29\u00A018\u00A085\u00A048",
                "\t29188548\n"
            })
    void acceptsTheWaysPeopleWriteIt(String written) {
        assertThat(Cvr.normalize(written)).isEqualTo("29188548");
        assertThat(Cvr.isValid(written)).isTrue();
        assertThat(Cvr.parse(written)).isEqualTo(new Cvr("29188548"));
    }

    @ParameterizedTest
    @CsvSource({
        "29188549, CHECK_DIGIT", // last digit off by one
        "12345678, CHECK_DIGIT",
        "DK 29 18 85 49, CHECK_DIGIT",
        "2918854, FORMAT", // 7 digits
        "291885480, FORMAT", // 9 digits
        "09188548, FORMAT", // starts with 0
        "00000000, FORMAT", // sum 0 is divisible by 11, but the first digit is 0
        "2918854a, FORMAT", // not a digit
        "29/18/85/48, FORMAT", // not a separator people use
        "SE29188548, FORMAT", // another country's prefix
        "２９１８８５４８, FORMAT" // full-width digits are not ASCII digits
    })
    void saysWhatIsWrong(String text, Cvr.Check expected) {
        assertThat(Cvr.check(text)).isEqualTo(expected);
        assertThat(Cvr.isValid(text)).isFalse();
        assertThat(Cvr.problem(text))
                .contains(expected == Cvr.Check.CHECK_DIGIT ? Cvr.CHECK_DIGIT_MESSAGE : Cvr.FORMAT_MESSAGE);
        assertThatThrownBy(() -> Cvr.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cvr(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValueIsAlwaysTheEightDigits() {
        assertThatThrownBy(() -> new Cvr("29 18 85 48")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " . - ", "DK"})
    void nothingWrittenIsNoNumber(String text) {
        assertThat(Cvr.normalize(text)).isNull();
        assertThat(Cvr.check(text)).isEqualTo(Cvr.Check.FORMAT);
    }

    record Company(@ValidCvr String cvr) {}

    @Test
    void constraintLetsBlankAndWrittenFormsPassAndNamesAWrongCheckDigit() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Company(null))).isEmpty();
            assertThat(validator.validate(new Company("  "))).isEmpty();
            assertThat(validator.validate(new Company("29188548"))).isEmpty();
            assertThat(validator.validate(new Company("DK 29 18 85 48"))).isEmpty();
            assertThat(validator.validate(new Company("29 18 85 49")))
                    .singleElement()
                    .satisfies(violation -> {
                        assertThat(violation.getPropertyPath()).hasToString("cvr");
                        assertThat(violation.getMessageTemplate()).isEqualTo("{validation.cvr.checkDigit}");
                    });
            assertThat(validator.validate(new Company("2918854")))
                    .singleElement()
                    .satisfies(violation ->
                            assertThat(violation.getMessageTemplate()).isEqualTo("{validation.cvr}"));
        }
    }
}
