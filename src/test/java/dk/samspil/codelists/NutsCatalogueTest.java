package dk.samspil.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NutsCatalogueTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final NutsCatalogue nuts = new NutsCatalogue();

    @Test
    void slagelseLiesInWestAndSouthZealand() {
        assertThat(nuts.label("DK022", DANISH)).contains("Vest- og Sydsjælland");
        assertThat(nuts.find("DK022")).get().extracting(NutsEntry::level).isEqualTo(3);
    }

    @Test
    void holdsEveryDanishLevel() {
        List<String> danish = List.of(
                "DK", "DK0", "DK01", "DK011", "DK012", "DK013", "DK014", "DK02", "DK021", "DK022", "DK03", "DK031",
                "DK032", "DK04", "DK041", "DK042", "DK05", "DK050");
        assertThat(danish).allMatch(nuts::isValid);
        assertThat(nuts.label("DK", DANISH)).contains("Danmark");
        assertThat(nuts.label("DK01", DANISH)).contains("Hovedstaden");
        assertThat(nuts.label("DK011", DANISH)).contains("Byen København");
    }

    @Test
    void holdsOtherCountriesToo() {
        assertThat(nuts.label("DE111", DANISH)).contains("Stuttgart, Stadtkreis");
        assertThat(nuts.isValid("SE")).isTrue();
    }

    @Test
    void namesRegionsInTheirOwnLanguageAlsoInEnglish() {
        assertThat(nuts.label("DK01", Locale.ENGLISH)).contains("Hovedstaden");
        assertThat(nuts.label("DE", Locale.UK)).contains("Deutschland");
        assertThat(nuts.find("DK").orElseThrow().labelEn()).isEqualTo("Danmark");
    }

    @Test
    void ignoresCaseAndSpacesButNotJunk() {
        assertThat(nuts.find(" dk022 ")).get().extracting(NutsEntry::code).isEqualTo("DK022");
        assertThat(nuts.isValid("DK099")).isFalse();
        assertThat(nuts.isValid("")).isFalse();
        assertThat(nuts.isValid(null)).isFalse();
        assertThat(nuts.label("XX1", DANISH)).isEmpty();
    }
}
