package dk.samspil.pipeline.internal.publicsite;

import static dk.samspil.pipeline.PublicEntries.details;
import static dk.samspil.pipeline.PublicEntries.dkk;
import static dk.samspil.pipeline.PublicEntries.nextYear;
import static dk.samspil.pipeline.PublicEntries.simple;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.pipeline.ValueBand;
import dk.samspil.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "indkoeber@test.dk", roles = "PROCUREMENT")
class PipelineSearchTest extends IntegrationTest {

    static final String WORD = PublicEntries.uniqueWord();
    static final String UNIT = "U" + WORD;
    static final String ROOFS = PublicEntries.uniqueReference("ROOF");
    static final String CLEANING = PublicEntries.uniqueReference("CLEAN");
    static final String DRIVING = PublicEntries.uniqueReference("DRIVE");
    static final String DRAFT = PublicEntries.uniqueReference("DRAFT");
    static final String PAGING = PublicEntries.uniqueWord();
    static boolean seeded;

    @Autowired
    PipelineSearch search;

    @Autowired
    ProcurementService service;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        long unit = jdbc.sql("INSERT INTO buying_unit (code, name) VALUES (:code, :name) RETURNING id")
                .param("code", UNIT)
                .param("name", "Enhed " + WORD)
                .query(Long.class)
                .single();
        publish(
                ROOFS,
                details(
                        "Tagrenoveringer på skoler " + WORD,
                        "Tagene på tre skoler skal skiftes.",
                        unit,
                        "45261210",
                        EstimatedValue.exact(dkk(1_500_000)),
                        ProcurementProcedure.EU_TENDER,
                        ExpectedPeriod.ofQuarter(nextYear(), 2),
                        true,
                        false,
                        List.of()));
        publish(
                CLEANING,
                details(
                        "Rengøring af rådhuset " + WORD,
                        "Daglig rengøring.",
                        null,
                        "90910000",
                        EstimatedValue.unknown(),
                        ProcurementProcedure.NATIONAL,
                        ExpectedPeriod.ofMonth(nextYear(), 3),
                        false,
                        true,
                        List.of()));
        publish(
                DRIVING,
                details(
                        "Kørsel til dagtilbud " + WORD,
                        "Kørsel af børn.",
                        unit,
                        "60100000",
                        EstimatedValue.range(dkk(10_000_000), dkk(30_000_000)),
                        ProcurementProcedure.FRAMEWORK_CALL_OFF,
                        ExpectedPeriod.ofQuarter(nextYear(), 4),
                        true,
                        true,
                        List.of()));
        service.createDraft(
                DRAFT, simple("Tagrenovering af kladde " + WORD, "45261210", ExpectedPeriod.ofQuarter(nextYear(), 2)));
        for (int i = 1; i <= 45; i++) {
            publish(
                    PublicEntries.uniqueReference("PAGE"),
                    simple(
                            "Papir " + PAGING + " nummer " + i,
                            "30192000",
                            ExpectedPeriod.ofMonth(nextYear(), 1 + i % 12)));
        }
        seeded = true;
    }

    private void publish(String reference, ProcurementDetails details) {
        service.createDraft(reference, details);
        service.publish(reference);
    }

    static ProcurementQuery query(String text) {
        return new ProcurementQuery(text, null, null, null, null, null, false, false, null, 1);
    }

    private List<String> references(ProcurementQuery query) {
        return search.search(query).items().stream()
                .map(PlannedProcurement::reference)
                .toList();
    }

    @Test
    void danishStemmingFindsTheInflectedTitleButNeverADraft() {
        ProcurementPage page = search.search(query("tagrenovering " + WORD));
        assertThat(page.items()).extracting(PlannedProcurement::reference).containsExactly(ROOFS);
        assertThat(page.total()).isEqualTo(1);
        assertThat(references(query(WORD))).containsExactlyInAnyOrder(ROOFS, CLEANING, DRIVING);
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(references(new ProcurementQuery(WORD, "45", null, null, null, null, false, false, null, 1)))
                .containsExactly(ROOFS);
        assertThat(references(
                        new ProcurementQuery(WORD, null, UNIT.toLowerCase(), null, null, null, false, false, null, 1)))
                .containsExactlyInAnyOrder(ROOFS, DRIVING);
        assertThat(references(new ProcurementQuery(
                        WORD, null, null, ExpectedPeriod.ofQuarter(nextYear(), 1), null, null, false, false, null, 1)))
                .containsExactly(CLEANING);
        assertThat(references(new ProcurementQuery(
                        WORD, null, null, null, ValueBand.FROM_1M_TO_5M, null, false, false, null, 1)))
                .containsExactly(ROOFS);
        assertThat(references(new ProcurementQuery(
                        WORD, null, null, null, ValueBand.FROM_20M_TO_50M, null, false, false, null, 1)))
                .containsExactly(DRIVING);
        assertThat(references(
                        new ProcurementQuery(WORD, null, null, null, ValueBand.UNKNOWN, null, false, false, null, 1)))
                .containsExactly(CLEANING);
        assertThat(references(new ProcurementQuery(
                        WORD, null, null, null, null, ProcurementProcedure.NATIONAL, false, false, null, 1)))
                .containsExactly(CLEANING);
        assertThat(references(new ProcurementQuery(WORD, null, null, null, null, null, true, false, null, 1)))
                .containsExactlyInAnyOrder(ROOFS, DRIVING);
        assertThat(references(new ProcurementQuery(WORD, null, null, null, null, null, false, true, null, 1)))
                .containsExactlyInAnyOrder(CLEANING, DRIVING);
        assertThat(references(new ProcurementQuery(WORD, "45", UNIT, null, null, null, true, true, null, 1)))
                .isEmpty();
    }

    @Test
    void sortsByExpectedDateByDefaultAndByRelevanceOrLastChangeOnRequest() {
        assertThat(references(query(WORD))).containsExactly(CLEANING, ROOFS, DRIVING);
        PlannedProcurement roofs = service.find(ROOFS).orElseThrow();
        service.update(
                ROOFS,
                new ProcurementDetails(
                        roofs.details().title(),
                        "Nye tage.",
                        roofs.details().buyingUnitId(),
                        roofs.details().contactName(),
                        roofs.details().contactEmail(),
                        roofs.details().contactPhone(),
                        roofs.details().cpvCodes(),
                        null,
                        roofs.details().contractType(),
                        roofs.details().value(),
                        roofs.details().procedure(),
                        roofs.details().expectedPublication(),
                        null,
                        24,
                        null,
                        true,
                        false,
                        false,
                        false,
                        false,
                        false,
                        List.of()),
                "Beskrivelsen er kortet ned");
        assertThat(references(new ProcurementQuery(
                        WORD, null, null, null, null, null, false, false, ProcurementSort.CHANGED, 1)))
                .first()
                .isEqualTo(ROOFS);
        // "rengøring" weighs in the title and the description of the cleaning entry only
        assertThat(references(new ProcurementQuery(
                        WORD + " OR rengøring",
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        ProcurementSort.RELEVANCE,
                        1)))
                .first()
                .isEqualTo(CLEANING);
        assertThat(new ProcurementQuery(null, null, null, null, null, null, false, false, ProcurementSort.RELEVANCE, 1)
                        .sort())
                .isEqualTo(ProcurementSort.EXPECTED);
    }

    @Test
    void thePlainListsFacetsCountWhatChoosingThemShows() {
        ProcurementPage plain = search.search(ProcurementQuery.all());
        assertThat(plain.facets().units()).isNotEmpty();
        plain.facets()
                .units()
                .forEach((unit, count) -> assertThat(search.search(
                                        new ProcurementQuery(null, null, unit, null, null, null, false, false, null, 1))
                                .total())
                        .as("unit %s", unit)
                        .isEqualTo(count.longValue()));
        plain.facets()
                .divisions()
                .forEach((division, count) -> assertThat(search.search(new ProcurementQuery(
                                        null, division, null, null, null, null, false, false, null, 1))
                                .total())
                        .as("division %s", division)
                        .isEqualTo(count.longValue()));
        plain.facets()
                .quarters()
                .forEach((quarter, count) -> assertThat(search.search(new ProcurementQuery(
                                        null, null, null, quarter, null, null, false, false, null, 1))
                                .total())
                        .as("quarter %s", quarter)
                        .isEqualTo(count.longValue()));
        assertThat(plain.facets().quarters().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(plain.total());
    }

    @Test
    void pagesOfTwentyWithAnExactTotal() {
        ProcurementPage first = search.search(query(PAGING));
        ProcurementPage third = search.search(query(PAGING).withPage(3));
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.items()).hasSize(20);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(third.items()).hasSize(5);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.total()).isEqualTo(45);
        assertThat(search.search(query(PAGING).withPage(2)).items())
                .extracting(PlannedProcurement::reference)
                .doesNotContainAnyElementsOf(first.items().stream()
                        .map(PlannedProcurement::reference)
                        .toList());
        assertThat(search.search(query(PAGING).withPage(9)).items()).isEmpty();
    }

    @Test
    void anyTextAnswersNormally() {
        for (String text : List.of(
                "\"",
                "%",
                "'",
                "'; DROP TABLE planned_procurement; --",
                "\"tag",
                "a & | ! ( :*",
                "og",
                "\u0000nul",
                "\\",
                "x".repeat(5_000),
                ("tagrenovering " + WORD + " ").repeat(400))) {
            ProcurementPage page = search.search(query(text));
            assertThat(page.page()).isEqualTo(1);
            assertThat(page.total()).isGreaterThanOrEqualTo(0);
        }
        assertThat(query("x".repeat(5_000)).text()).hasSize(ProcurementQuery.MAX_TEXT);
        assertThat(search.search(query("\"tagrenoveringer på skoler\" " + WORD)).items())
                .extracting(PlannedProcurement::reference)
                .containsExactly(ROOFS);
        assertThat(new ProcurementQuery(null, "4%", "' OR 1=1", null, null, null, false, false, null, -5))
                .satisfies(q -> {
                    assertThat(q.cpvDivision()).isNull();
                    assertThat(q.page()).isEqualTo(1);
                    assertThat(search.search(q).items()).isEmpty();
                });
    }
}
