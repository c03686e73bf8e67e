package dk.samspil.alerts.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.alerts.internal.Frequency;
import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.platform.text.DanishText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyword matching of alert subscriptions with the shared Danish text analysis. */
class DanishKeywordMatchingTest {

    private static final DanishText TEXT = new CpvCatalogue().danishText();

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource({
        "tag, Tag",
        "tag, Tagrenovering af rådhuset",
        "tag, Ny tagdækning",
        "tag, Tage og facader",
        "tag, Tagene skal skiftes",
        "tag, Renovering af tagets konstruktion",
        "tage, Tag på hallen",
        "renovering, Energirenovering af skoler",
        "renovering, Bygningsrenovering",
        "renovering, Renoveringer",
        "rengøring, Rengøringsartikler til plejehjem",
        "bygning, Bygningsrenovering",
        "skole, Skolernes tage",
        "vindue, Vinduespudsning",
        "pudsning, Vinduespudsning",
        "vej, Vejbelysning langs kommunevejene",
        "installation, Elinstallationer i idrætshallen",
        "idræt, Idrætshaller",
        "ærø, Færge til Ærø",
        "grøn, Grønne områder",
        "\"grøn omstilling\", Plan for grøn omstilling",
        "it-system, Nyt IT-system",
        "\"drift af parker\", Drift af parkerne i midtbyen",
        "ø, Indkøb til ø"
    })
    void keywordMatches(String keyword, String text) {
        assertThat(matches(keyword, text)).as("'%s' in '%s'", keyword, text).isTrue();
    }

    @ParameterizedTest(name = "not {0} in \"{1}\"")
    @CsvSource({
        "tag, Deltagelse i møder",
        "tag, Deltagelsen er gratis",
        "tag, Foretagende",
        "tag, Stage til scenen",
        "renovering, Renovationsordning",
        "vej, Vejledning om ansøgning af tilskud",
        "\"grøn omstilling\", Grøn energi og omstilling",
        "\"drift af parker\", Parker og drift",
        "skole, Skov",
        "bygning, Byg",
        "ærø, Aero",
        "hal, Halvdelen"
    })
    void keywordDoesNotMatch(String keyword, String text) {
        assertThat(matches(keyword, text)).as("'%s' in '%s'", keyword, text).isFalse();
    }

    @Test
    void excludedKeywordVetoesAMatchUsingTheSameWordMatching() {
        SubscriptionIndex index = new SubscriptionIndex(TEXT);
        index.put(new MatchableSubscription(
                1,
                1,
                null,
                List.of(),
                List.of("tag"),
                List.of("asbest"),
                List.of(),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "IMMEDIATE"));
        assertThat(index.match(target("Tagrenovering med asbestsanering"), "NEW_ENTRY"))
                .isEmpty();
        assertThat(index.match(target("Tagrenovering med nye tagsten"), "NEW_ENTRY"))
                .hasSize(1);
    }

    @Test
    void reasonNamesTheWordAsWrittenAndTheField() {
        SubscriptionIndex index = new SubscriptionIndex(TEXT);
        index.put(new MatchableSubscription(
                7,
                3,
                null,
                List.of(),
                List.of("tage", "\"grøn omstilling\""),
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "DAILY"));
        MatchTarget target = new MatchTarget(
                List.of("P-1"),
                "Tagrenovering",
                "Nye TAGE og Grøn Omstilling.",
                List.of("Delaftale 1: tagdækning"),
                List.of(),
                null,
                null,
                null,
                false);
        List<SubscriptionMatch> matches = index.match(target, "NEW_ENTRY");
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.subscriptionId()).isEqualTo(7);
            assertThat(match.subscriberId()).isEqualTo(3);
            assertThat(match.frequency()).isEqualTo(Frequency.DAILY);
            assertThat(match.reasons())
                    .containsExactly(
                            new MatchReason(MatchReason.Kind.KEYWORD, "tage", "Tagrenovering", MatchReason.Field.TITLE),
                            new MatchReason(MatchReason.Kind.KEYWORD, "tage", "TAGE", MatchReason.Field.DESCRIPTION),
                            new MatchReason(MatchReason.Kind.KEYWORD, "tage", "tagdækning", MatchReason.Field.LOT),
                            new MatchReason(
                                    MatchReason.Kind.KEYWORD,
                                    "\"grøn omstilling\"",
                                    "Grøn Omstilling",
                                    MatchReason.Field.DESCRIPTION));
        });
    }

    private static boolean matches(String keyword, String text) {
        SubscriptionIndex index = new SubscriptionIndex(TEXT);
        index.put(new MatchableSubscription(
                1,
                1,
                null,
                List.of(),
                List.of(keyword),
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of("NEW_ENTRY"),
                "IMMEDIATE"));
        return !index.match(target(text), "NEW_ENTRY").isEmpty();
    }

    private static MatchTarget target(String title) {
        return new MatchTarget(List.of(), title, "", List.of(), List.of(), null, null, null, false);
    }
}
