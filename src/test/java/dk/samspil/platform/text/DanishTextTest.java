package dk.samspil.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishTextTest {

    private static final DanishText TEXT = DanishText.withVocabulary(List.of("Tagdækning", "Polering", "Vinduer"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "tagene, tag", "tage, tag", "bygninger, bygning", "bygningerne, bygning", "rengøringen, rengøring",
        "vinduer, vindu", "huset, hus", "husenes, hus", "virkelighed, virk", "hjælpeløst, hjælpeløs",
        "bygge, byg", "uheldig, uheld", "hurtigst, hurt", "ventilationsanlæg, ventilationsanlæg", "offentlige, offent",
        "gammelt, gammelt", "opgaverne, opgav", "æbler, æbl", "skovene, skov"
    })
    void stemsLikeTheSnowballDanishStemmer(String word, String stem) {
        assertThat(DanishStemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void splitsWordsOnEverythingButLettersAndDigits() {
        assertThat(DanishText.tokens("Tagrenovering, Ærø-skolen (2027): 3 haller!"))
                .extracting(DanishText.Token::lower)
                .containsExactly("tagrenovering", "ærø", "skolen", "2027", "3", "haller");
        assertThat(DanishText.tokens("ÆBLER og Øl"))
                .extracting(DanishText.Token::written)
                .containsExactly("ÆBLER", "og", "Øl");
    }

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
        "Rengøring, rengoering",
        "RÅDHUS, raadhus",
        "Ærø, aeroe",
        "café, cafe",
        "Müller, muller",
        "tag, tag",
        "Straße, straße"
    })
    void foldsDanishLettersAndAccents(String word, String folded) {
        assertThat(DanishText.fold(word)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} folds loosely to {1}")
    @CsvSource({
        "Rengøring, rengoring",
        "rengoering, rengoring",
        "rengoring, rengoring",
        "RÅDHUS, radhus",
        "raadhus, radhus",
        "Tagdækning, tagdakning",
        "tagdaekning, tagdakning",
        "café, cafe",
        "tag, tag"
    })
    void foldsLooselyForWordsTypedWithoutDanishLetters(String word, String folded) {
        assertThat(DanishText.foldLoosely(word)).isEqualTo(folded);
    }

    @Test
    void wordsWrittenWithAaOeAeAreTheSameWordsAsWithÆØÅ() {
        assertThat(TEXT.word("rådhuset").stem())
                .isEqualTo(TEXT.word("raadhuset").stem());
        assertThat(DanishText.keywordForms("rengoering")).contains(DanishText.stem("rengøring"));
        assertThat(TEXT.word("tagdaekningen").forms()).contains("tag");
    }

    @Test
    void tokensKnowWhereTheyStand() {
        String text = "Ny tagdækning, 2027";
        assertThat(DanishText.tokens(text))
                .allSatisfy(token ->
                        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.written()));
    }

    @Test
    void aCompoundHasItsPartsAsFormsButNotADerivation() {
        assertThat(TEXT.word("vinduespolering").forms()).contains("vindu", "polering");
        assertThat(TEXT.word("deltagelse").forms()).doesNotContain("tag");
    }
}
