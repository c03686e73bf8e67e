package dk.samspil.pipeline.internal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What people type, over the demo plan: query → the demo references it must find ({@code Y} is next year, as in the
 * demo data), the first of them ranked first when marked with {@code !}, and references it must not find after
 * {@code -}. References, compound parts, CPV label words, misspelt æ/ø/å, plural and definite forms.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class PublicSearchQualityTest extends IntegrationTest {

    @Autowired
    PipelineSearch search;

    @ParameterizedTest(name = "{0} marks {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "vinduer | 019 | <mark>Vinduespolering</mark>",
                "polering | 019 | <mark>Vinduespolering</mark>",
                "rengoering | 018 | <mark>Rengøring</mark> af kommunale bygninger",
                "tage | 021 | Solceller på kommunale <mark>tage</mark>"
            })
    void marksTheWordsItFoundBy(String query, String reference, String markedTitle) {
        String year = String.valueOf(LocalDate.now().getYear() + 1);
        ProcurementPage page = search.search(
                new ProcurementQuery(query, null, null, null, null, null, false, false, ProcurementSort.RELEVANCE, 1));
        PlannedProcurement entry = page.items().stream()
                .filter(p -> p.reference().equals("SK-" + year + "-" + reference))
                .findFirst()
                .orElseThrow();
        assertThat(page.markedTitle(entry)).isEqualTo(markedTitle);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SK-Y-018 | !018",
                "sk-y-019 | !019",
                "vinduer | 019",
                "polering | 019",
                "vinduespolering | !019",
                "Vinduespoleringen | 019",
                "tag | 001 021",
                "tage | !021 001",
                "tagene | 001 021",
                "tagrenovering | !001",
                "rengøring | !018 019",
                "rengoering | 018 019",
                "RENGØRING | 018",
                "skoler | 001 002 015 018 021",
                "skole | 001 002",
                "Skælskør | 012",
                "skaelskoer | 012",
                "kloak | 012",
                "kloakledninger | 012",
                "vejbelysning | !009",
                "belysning | 009",
                "asfalt | 008",
                "snerydning | 010",
                "computer | 015",
                "baerbare computere | 015",
                "kørestol | 006",
                "koerestole | 006",
                "rollator | 006",
                "plejehjem | 007",
                "foedevarer | 016",
                "måtterne | 020",
                "maatter | 020",
                "varmepumpe | 022",
                "solcelle | 021",
                "energi | 002",
                "\"kommunale bygninger\" | 018 019 020 022",
                "hosting | 013",
                "it-drift | 013",
                "sagsbehandlingen | 014",
                "software | 014",
                "programmel | 014",
                "arbejdstøj | - 024",
                "deltagelse | - 001"
            })
    void findsWhatPeopleType(String query, String expected) {
        String year = String.valueOf(LocalDate.now().getYear() + 1);
        String[] parts = expected.split("-", 2);
        List<String> must = Arrays.stream(parts[0].strip().split("\\s+"))
                .filter(s -> !s.isBlank())
                .toList();
        List<PlannedProcurement> found = search.search(new ProcurementQuery(
                        query.regionMatches(true, 0, "sk-y-", 0, 5)
                                ? query.substring(0, 3) + year + query.substring(4)
                                : query,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        ProcurementSort.RELEVANCE,
                        1))
                .items();
        // other tests' entries share the database: only the demo plan's entries count
        List<String> references = found.stream()
                .map(PlannedProcurement::reference)
                .filter(reference -> reference.startsWith("SK-" + year + "-"))
                .toList();
        for (String ref : must) {
            String reference = "SK-" + year + "-" + ref.replace("!", "");
            assertThat(references).as("'%s' finds %s", query, reference).contains(reference);
            if (ref.startsWith("!")) {
                assertThat(references.get(0))
                        .as("'%s' ranks %s first in %s", query, reference, references)
                        .isEqualTo(reference);
            }
        }
        if (parts.length > 1) {
            for (String ref : parts[1].strip().split("\\s+")) {
                assertThat(references).as("'%s' does not find %s", query, ref).doesNotContain("SK-" + year + "-" + ref);
            }
        }
    }
}
