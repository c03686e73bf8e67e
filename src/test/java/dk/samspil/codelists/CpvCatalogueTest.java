package dk.samspil.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CpvCatalogueTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private static final CpvCatalogue catalogue = new CpvCatalogue();

    private static long loadMillis;
    private static long loadCpuMillis;

    @BeforeAll
    static void load() {
        // CPU time as well as wall time: the build machine is shared, so wall time alone says little.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        catalogue.divisions();
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        loadCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    }

    @Test
    void labelsInDanishByDefaultAndInEnglishForEnglish() {
        CpvCode construction = CpvCode.parse("45000000");
        assertThat(catalogue.label(construction, DANISH)).contains("Bygge- og anlægsarbejder");
        assertThat(catalogue.label(construction, null)).contains("Bygge- og anlægsarbejder");
        assertThat(catalogue.label(construction, Locale.GERMAN)).contains("Bygge- og anlægsarbejder");
        assertThat(catalogue.label(construction, Locale.ENGLISH)).contains("Construction work");
        assertThat(catalogue.label(construction, Locale.UK)).contains("Construction work");
    }

    @Test
    void findsCodesAsPeopleWriteThem() {
        CpvEntry cleaning = catalogue.find("90910000-9").orElseThrow();
        assertThat(cleaning.code()).isEqualTo(CpvCode.parse("90910000"));
        assertThat(cleaning.labelDa()).isEqualTo("Rengøring");
        assertThat(cleaning.labelEn()).isEqualTo("Cleaning services");
        assertThat(cleaning.level()).isEqualTo(CpvLevel.CLASS);
        assertThat(catalogue.find(" 90910000 ")).contains(cleaning);

        assertThat(catalogue.find("abc")).isEmpty();
        assertThat(catalogue.find("99999999")).isEmpty();
        assertThat(catalogue.label(CpvCode.parse("99999999"), DANISH)).isEmpty();
    }

    @Test
    void holdsTheWholeVocabularyUnderItsDivisions() {
        List<CpvEntry> divisions = catalogue.divisions();
        assertThat(divisions)
                .hasSizeGreaterThan(40)
                .allMatch(entry -> entry.level() == CpvLevel.DIVISION)
                .extracting(entry -> entry.code().value())
                .contains("03000000", "45000000", "90000000")
                .isSorted();
        assertThat(allCodes()).hasSizeGreaterThan(9_000);
    }

    @Test
    void pathRunsFromTheDivisionDownToTheCode() {
        assertThat(catalogue.path(CpvCode.parse("45261210")))
                .extracting(entry -> entry.code().value())
                .containsExactly("45000000", "45200000", "45260000", "45261000", "45261200", "45261210");
        assertThat(catalogue.path(CpvCode.parse("45000000")))
                .extracting(CpvEntry::code)
                .containsExactly(CpvCode.parse("45000000"));
        assertThat(catalogue.path(CpvCode.parse("99999999"))).isEmpty();
    }

    @Test
    void parentIsTheCodeRightAboveWhenItExists() {
        assertThat(catalogue.parent(CpvCode.parse("45261210")))
                .map(CpvEntry::code)
                .contains(CpvCode.parse("45261200"));
        assertThat(catalogue.parent(CpvCode.parse("45000000"))).isEmpty();
    }

    @Test
    void parentWalksUpPastMissingLevels() {
        CpvEntry orphan = allCodes().stream()
                .filter(entry -> entry.level() != CpvLevel.DIVISION)
                .filter(entry ->
                        catalogue.find(entry.code().oneLevelUp().orElseThrow()).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the SDK has no code without a direct parent"));

        CpvEntry parent = catalogue.parent(orphan.code()).orElseThrow();

        System.out.printf(
                "CPV %s (%s) has no direct parent; nearest ancestor %s (%s)%n",
                orphan.code(), orphan.labelDa(), parent.code(), parent.labelDa());
        assertThat(parent.code().covers(orphan.code())).isTrue();
        assertThat(parent.code().significantDigits()).isLessThan(orphan.code().significantDigits() - 1);
        assertThat(catalogue.children(parent.code())).contains(orphan);
        assertThat(catalogue.path(orphan.code())).endsWith(parent, orphan);
    }

    @Test
    void childrenAreTheCodesRightBelow() {
        assertThat(catalogue.children(CpvCode.parse("45261200")))
                .extracting(entry -> entry.code().value())
                .containsExactly("45261210", "45261220");
        assertThat(catalogue.children(CpvCode.parse("45261211"))).isEmpty();
    }

    @Test
    void searchFindsRoofingByTheStartOfDanishCompounds() {
        List<CpvEntry> hits = catalogue.search("tag", DANISH, 10);

        assertThat(hits).hasSize(10).extracting(entry -> entry.code().value()).contains("45260000", "45261210");
        assertThat(hits)
                .allMatch(entry -> entry.labelDa().toLowerCase(Locale.ROOT).matches("(^|.*[^\\p{L}])tag.*"));
        assertThat(hits.get(0)).extracting(CpvEntry::labelDa).isEqualTo("Tag");
        assertThat(catalogue.search("tag", DANISH, 500))
                .extracting(CpvEntry::labelDa)
                .noneMatch(label -> label.contains("Trikotage"));
    }

    @Test
    void searchPutsTheExactLabelFirstAndFindsTheEndsOfCompounds() {
        List<CpvEntry> hits = catalogue.search("rengøring", DANISH, 100);

        assertThat(hits.get(0).code()).isEqualTo(CpvCode.parse("90910000"));
        assertThat(hits).extracting(CpvEntry::labelDa).contains("Rengøring af bygninger", "Gaderengøring og -fejning");
        assertThat(hits.indexOf(catalogue.find("90911200").orElseThrow()))
                .isLessThan(hits.indexOf(catalogue.find("90610000").orElseThrow()));
    }

    @Test
    void searchFindsDanishLettersTypedWithoutThem() {
        List<String> written = catalogue.search("rengøring af bygninger", DANISH, 5).stream()
                .map(entry -> entry.code().value())
                .toList();

        assertThat(catalogue.search("rengoering af bygninger", DANISH, 5))
                .extracting(entry -> entry.code().value())
                .isEqualTo(written)
                .isNotEmpty();
        assertThat(catalogue.search("tagdaekning", DANISH, 5))
                .extracting(CpvEntry::labelDa)
                .anyMatch(label -> label.contains("agdækning"));
        assertThat(catalogue.search("raadgivning byggeri", DANISH, 50))
                .extracting(CpvEntry::labelDa)
                .contains("Rådgivning i forbindelse med byggeri")
                .allMatch(label -> label.toLowerCase(Locale.ROOT).contains("rådgivning"));
    }

    @Test
    void searchFindsDanishLettersLeftOutAsWellAsWrittenOut() {
        List<String> written = catalogue.search("rengøring", DANISH, 50).stream()
                .map(entry -> entry.code().value())
                .toList();

        assertThat(written).hasSizeGreaterThan(5).contains("90910000");
        assertThat(catalogue.search("rengoring", DANISH, 50))
                .extracting(entry -> entry.code().value())
                .isEqualTo(written);
        assertThat(catalogue.search("rengoering", DANISH, 50))
                .extracting(entry -> entry.code().value())
                .isEqualTo(written);
        assertThat(catalogue.search("radgivning byggeri", DANISH, 50))
                .extracting(CpvEntry::labelDa)
                .contains("Rådgivning i forbindelse med byggeri");
        assertThat(catalogue.search("tagdakning", DANISH, 5))
                .extracting(CpvEntry::labelDa)
                .anyMatch(label -> label.contains("agdækning"));
    }

    @Test
    void searchRequiresEveryWord() {
        List<CpvEntry> hits = catalogue.search("Rengøring  bygn", DANISH, 20);

        assertThat(hits)
                .isNotEmpty()
                .extracting(CpvEntry::labelDa)
                .contains("Rengøring af bygninger")
                .allMatch(label -> label.toLowerCase(Locale.ROOT).contains("bygn"));
    }

    @Test
    void searchByDigitsFindsCodesStartingWithThem() {
        List<CpvEntry> hits = catalogue.search("4526", DANISH, 1_000);

        assertThat(hits)
                .hasSizeGreaterThan(20)
                .allMatch(entry -> entry.code().value().startsWith("4526"));
        assertThat(hits.get(0).code()).isEqualTo(CpvCode.parse("45260000"));
        assertThat(catalogue.search("45261210-7", DANISH, 5).get(0).code()).isEqualTo(CpvCode.parse("45261210"));
        assertThat(catalogue.search("4526 tagdæk", DANISH, 50))
                .isNotEmpty()
                .allMatch(entry -> entry.code().value().startsWith("4526")
                        && entry.labelDa().contains("agdækning"));
    }

    @Test
    void searchUsesEnglishLabelsForEnglish() {
        assertThat(catalogue.search("cleaning", Locale.ENGLISH, 5))
                .extracting(entry -> entry.code().value())
                .contains("90910000");
        assertThat(catalogue.search("cleaning", DANISH, 5)).isEmpty();
    }

    @Test
    void searchRespectsTheLimitAndIgnoresEmptyQueries() {
        assertThat(catalogue.search("a", DANISH, 7)).hasSize(7);
        assertThat(catalogue.search("  - ", DANISH, 7)).isEmpty();
        assertThat(catalogue.search(null, DANISH, 7)).isEmpty();
        assertThat(catalogue.search("tag", DANISH, 0)).isEmpty();
    }

    @Test
    void printsLoadAndSearchTimes() {
        List<String> queries = List.of(
                "tag",
                "rengøring",
                "4526",
                "bygge",
                "it",
                "konsulent",
                "vej",
                "tagdæk",
                "rådgivning ingeniør",
                "møbler");
        int rounds = 200;
        int found = 0;
        for (int warmUp = 0; warmUp < rounds; warmUp++) {
            found += catalogue
                    .search(queries.get(warmUp % queries.size()), DANISH, 20)
                    .size();
        }
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String query : queries) {
                found += catalogue.search(query, DANISH, 20).size();
            }
        }
        double averageMicros = (System.nanoTime() - start) / 1_000.0 / (rounds * queries.size());

        System.out.printf(
                "CPV catalogue: first use (load) %d ms wall, %d ms CPU; average search %.0f µs over %d queries%n",
                loadMillis, loadCpuMillis, averageMicros, rounds * queries.size());
        assertThat(found).isPositive();
    }

    private static List<CpvEntry> allCodes() {
        List<CpvEntry> all = new ArrayList<>();
        Deque<CpvEntry> toVisit = new ArrayDeque<>(catalogue.divisions());
        while (!toVisit.isEmpty()) {
            CpvEntry entry = toVisit.pop();
            all.add(entry);
            toVisit.addAll(catalogue.children(entry.code()));
        }
        return all;
    }
}
