package dk.samspil.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CpvCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"45000000", "45000000-7", " 45000000 ", "\t45000000-3\n", "45000000-0"})
    void parsesTheCodeWithOrWithoutAnUncheckedCheckDigit(String text) {
        assertThat(CpvCode.parse(text).value()).isEqualTo("45000000");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "4500000",
                "450000000",
                "abc",
                "45000000-77",
                "45000000-",
                "45 000000",
                "4500000a",
                "45000000-x",
                "-45000000"
            })
    void rejectsAnythingElse(String text) {
        assertThat(CpvCode.tryParse(text)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> CpvCode.parse(text));
    }

    @Test
    void theConstructorOnlyAcceptsEightDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CpvCode("45000000-7"));
    }

    @ParameterizedTest
    @CsvSource({
        "45000000, 2, DIVISION",
        "03000000, 2, DIVISION",
        "45200000, 3, GROUP",
        "45260000, 4, CLASS",
        "45261000, 5, CATEGORY",
        "45261200, 6, SUBCATEGORY",
        "45261210, 7, SUBCATEGORY",
        "45261211, 8, SUBCATEGORY",
        "45000010, 7, SUBCATEGORY"
    })
    void levelFollowsTheSignificantDigits(String code, int significantDigits, CpvLevel level) {
        CpvCode cpv = CpvCode.parse(code);
        assertThat(cpv.significantDigits()).isEqualTo(significantDigits);
        assertThat(cpv.level()).isEqualTo(level);
    }

    @Test
    void aCodeCoversItselfAndEverythingBelowIt() {
        CpvCode construction = CpvCode.parse("45000000");
        CpvCode roofing = CpvCode.parse("45261210");

        assertThat(construction.covers(construction)).isTrue();
        assertThat(construction.covers(roofing)).isTrue();
        assertThat(CpvCode.parse("45260000").covers(roofing)).isTrue();
        assertThat(roofing.covers(CpvCode.parse("45261211"))).isTrue();

        assertThat(roofing.covers(construction)).isFalse();
        assertThat(CpvCode.parse("45261220").covers(roofing)).isFalse();
        assertThat(construction.covers(CpvCode.parse("44000000"))).isFalse();
        assertThat(CpvCode.parse("03000000").covers(CpvCode.parse("03100000"))).isTrue();
        assertThat(CpvCode.parse("03000000").covers(CpvCode.parse("30000000"))).isFalse();
    }

    @Test
    void oneLevelUpZeroesTheLastSignificantDigit() {
        assertThat(CpvCode.parse("45261211").oneLevelUp()).contains(CpvCode.parse("45261210"));
        assertThat(CpvCode.parse("45261210").oneLevelUp()).contains(CpvCode.parse("45261200"));
        assertThat(CpvCode.parse("45200000").oneLevelUp()).contains(CpvCode.parse("45000000"));
        assertThat(CpvCode.parse("45000010").oneLevelUp()).contains(CpvCode.parse("45000000"));
        assertThat(CpvCode.parse("45000000").oneLevelUp()).isEmpty();
    }

    @Test
    void ordersAndPrintsAsItsDigits() {
        assertThat(CpvCode.parse("03000000")).isLessThan(CpvCode.parse("45000000"));
        assertThat(CpvCode.parse("45000000-7")).hasToString("45000000");
    }
}
