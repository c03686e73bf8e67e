package dk.samspil.pipeline.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.internal.importing.PlanFileRows;
import dk.samspil.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Loads the demo plan inside a transaction that is rolled back, so other tests never see it. */
class PipelineDemoDataTest extends IntegrationTest {

    @Autowired
    ProcurementService procurements;

    @Autowired
    ProcurementExtracts extracts;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PlanFileRows planFiles;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void loadsARealisticFuturePlanOnceWhenTheBuyingUnitsExist() {
        PipelineDemoData demo =
                new PipelineDemoData(procurements, extracts, organisation, planFiles, json, clock, transactions);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("DELETE FROM planned_procurement WHERE reference LIKE 'SK-%'")
                    .update();
            jdbc.sql("UPDATE buying_unit SET active = false WHERE lower(code) = 'mad'")
                    .update();
            assertThat(demo.load()).as("skipped while a buying unit is missing").isZero();

            jdbc.sql("UPDATE buying_unit SET active = true WHERE lower(code) = 'mad'")
                    .update();
            for (String code : List.of("CE", "CAE", "CTMK", "CIT", "CSO", "MAD", "REN")) {
                jdbc.sql("""
                                INSERT INTO buying_unit (code, name) SELECT :code, 'Demo ' || :code
                                WHERE NOT EXISTS (SELECT 1 FROM buying_unit WHERE lower(code) = lower(:code))""").param("code", code).update();
            }
            assertThat(demo.load()).isEqualTo(25);

            List<PlannedProcurement> demoPlan = extracts.all().stream()
                    .filter(p -> p.reference().startsWith("SK-"))
                    .toList();
            Map<ProcurementStatus, Long> byStatus =
                    demoPlan.stream().collect(Collectors.groupingBy(PlannedProcurement::status, Collectors.counting()));
            assertThat(byStatus)
                    .containsEntry(ProcurementStatus.DRAFT, 2L)
                    .containsEntry(ProcurementStatus.MARKET_DIALOGUE, 2L)
                    .containsEntry(ProcurementStatus.TENDER_PUBLISHED, 1L)
                    .containsEntry(ProcurementStatus.POSTPONED, 1L)
                    .containsEntry(ProcurementStatus.PUBLISHED, 19L);
            assertThat(demoPlan).allSatisfy(p -> {
                assertThat(p.details().expectedPublication().from()).isAfter(LocalDate.now(clock));
                assertThat(p.buyingUnitCode()).isNotNull();
                assertThat(p.details().contactEmail()).endsWith("@slagelse.dk");
            });
            assertThat(demoPlan).filteredOn(p -> !p.details().lots().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(demoPlan).filteredOn(p -> !p.details().value().known()).isNotEmpty();
            assertThat(demoPlan.stream().map(PlannedProcurement::buyingUnitCode).distinct())
                    .hasSize(7);

            String roof = "SK-" + (LocalDate.now(clock).getYear() + 1) + "-001";
            assertThat(procurements.history(roof))
                    .extracting(ProcurementChange::kind)
                    .containsExactly(ProcurementChange.Kind.PUBLISHED, ProcurementChange.Kind.CHANGED);
            assertThat(procurements.history(roof).get(1).reason()).contains("Budgettet");
            assertThat(procurements
                            .find("SK-" + (LocalDate.now(clock).getYear() + 1) + "-010")
                            .orElseThrow()
                            .tenderUrl())
                    .startsWith("https://udbud.dk/");

            assertThat(demo.load()).as("the second run changes nothing").isZero();
        });
    }

    @Test
    void relativeDatesAreCountedFromToday() {
        assertThat(PipelineDemoData.resolve("{Q+2};{M+3};{S+3};SK-{Y}-1", LocalDate.of(2026, 11, 27)))
                .isEqualTo("2027-Q2;2027-02;2027-07-01;SK-2027-1");
    }
}
