package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

    /** Slagelse Kommune and other published CVR numbers, plus one computed to pass the check. */
    @ParameterizedTest
    @ValueSource(strings = {"29188548", "24256790", "61126228", "61056416", "54562519", "35188606"})
    void acceptsNumbersThatPassModulus11(String cvr) {
        assertThat(Cvr.isValid(cvr)).isTrue();
        assertThat(new Cvr(cvr).value()).isEqualTo(cvr);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "29188549",   // last digit off by one: checksum fails
            "12345678",   // checksum fails
            "2918854",    // 7 digits
            "291885480",  // 9 digits
            "09188548",   // starts with 0
            "00000000",   // sum 0 is divisible by 11, but the first digit is 0
            "2918854a",   // not a digit
            "2918 8548",  // space inside
            " 29188548",  // surrounding space is not trimmed here
            "２９１８８５４８"  // full-width digits are not ASCII digits
    })
    void rejectsEverythingElse(String text) {
        assertThat(Cvr.isValid(text)).isFalse();
        assertThatThrownBy(() -> new Cvr(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreNotValidNumbers(String text) {
        assertThat(Cvr.isValid(text)).isFalse();
    }

    record Company(@ValidCvr String cvr) {
    }

    @Test
    void constraintLetsBlankPassAndRejectsBadNumbers() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Company(null))).isEmpty();
            assertThat(validator.validate(new Company("  "))).isEmpty();
            assertThat(validator.validate(new Company("29188548"))).isEmpty();
            assertThat(validator.validate(new Company("29188549")))
                    .singleElement()
                    .satisfies(violation -> {
                        assertThat(violation.getPropertyPath()).hasToString("cvr");
                        assertThat(violation.getMessageTemplate()).isEqualTo("{validation.cvr}");
                    });
        }
    }
}
