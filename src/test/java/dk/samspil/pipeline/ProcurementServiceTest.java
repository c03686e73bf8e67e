package dk.samspil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
@WithMockUser(username = "indkoeber@test.dk", roles = "PROCUREMENT")
class ProcurementServiceTest extends IntegrationTest {

    @Autowired
    ProcurementService service;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    static String reference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static ProcurementDetails details(String title, List<String> cpv, EstimatedValue value, ExpectedPeriod expected) {
        return new ProcurementDetails(
                title,
                "Første afsnit.\n\nAndet afsnit.",
                null,
                "Jens Jensen",
                "jens@slagelse.dk",
                "58 57 36 00",
                cpv,
                null,
                ContractType.WORKS,
                value,
                ProcurementProcedure.EU_TENDER,
                expected,
                null,
                24,
                null,
                true,
                true,
                false,
                true,
                false,
                false,
                List.of(new Lot(1, "Tagrenovering", "45261210", new BigDecimal("2000000"), true)));
    }

    static ExpectedPeriod nextYear() {
        return ExpectedPeriod.ofQuarter(LocalDate.now().getYear() + 1, 2);
    }

    @Test
    void draftIsNotAnnouncedPublishingIsAndChangesAreLogged() {
        String ref = reference();
        PlannedProcurement draft = service.createDraft(
                ref,
                details(
                        "Renovering af tage på plejecentre",
                        List.of("45000000-7", "45261210"),
                        EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4000000")),
                        nextYear()));
        assertThat(draft.status()).isEqualTo(ProcurementStatus.DRAFT);
        assertThat(draft.details().cpvCodes()).containsExactly("45000000", "45261210");
        assertThat(draft.details().lots()).hasSize(1);
        assertThat(events.stream(ProcurementPublished.class)).isEmpty();

        service.publish(ref);
        assertThat(events.stream(ProcurementPublished.class))
                .singleElement()
                .satisfies(e -> assertThat(e.procurement().reference()).isEqualTo(ref));

        // a change within the same value band and of the title only is not material
        service.update(
                ref,
                details(
                        "Renovering af tage på plejecentre i Slagelse",
                        List.of("45000000", "45261210"),
                        EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4500000")),
                        nextYear()),
                "Titlen er præciseret");
        ProcurementChanged minor =
                events.stream(ProcurementChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(minor.material()).isFalse();
        assertThat(minor.changes()).extracting(FieldChange::field).containsExactlyInAnyOrder("title", "value");

        service.update(
                ref,
                details(
                        "Renovering af tage på plejecentre i Slagelse",
                        List.of("45000000", "45261210"),
                        EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4500000")),
                        ExpectedPeriod.ofQuarter(LocalDate.now().getYear() + 1, 4)),
                "Udskudt et halvt år");
        ProcurementChanged material =
                events.stream(ProcurementChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(material.material()).isTrue();

        PlannedProcurement postponed = service.changeStatus(ref, ProcurementStatus.POSTPONED, "Afventer budget", null);
        assertThat(postponed.status()).isEqualTo(ProcurementStatus.POSTPONED);
        assertThat(postponed.version()).isEqualTo(4);

        List<ProcurementChange> history = service.history(ref);
        assertThat(history)
                .extracting(ProcurementChange::kind)
                .containsExactly(
                        ProcurementChange.Kind.PUBLISHED,
                        ProcurementChange.Kind.CHANGED,
                        ProcurementChange.Kind.CHANGED,
                        ProcurementChange.Kind.STATUS);
        assertThat(history.get(3).reason()).isEqualTo("Afventer budget");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'PlannedProcurement' AND entity_id = :ref")
                        .param("ref", ref)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void badInputIsRejectedAndNothingIsStored() {
        String ref = reference();
        assertThatThrownBy(() -> service.createDraft(
                        ref,
                        details(
                                "Tag",
                                List.of("99999999"),
                                EstimatedValue.range(new BigDecimal("5"), new BigDecimal("1")),
                                ExpectedPeriod.ofMonth(2020, 1))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::messageKey)
                                .contains(
                                        "pipeline.error.cpv.unknown",
                                        "pipeline.error.value.rangeReversed",
                                        "pipeline.error.expected.past"));
        assertThat(service.find(ref)).isEmpty();
    }

    @Test
    void referencesAreUniqueIgnoringCase() {
        String ref = reference();
        service.createDraft(ref, details("Vejbelysning", List.of("45316110"), EstimatedValue.unknown(), nextYear()));
        assertThatThrownBy(() -> service.createDraft(
                        ref.toLowerCase(),
                        details("Vejbelysning", List.of("45316110"), EstimatedValue.unknown(), nextYear())))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::messageKey)
                                .containsExactly("pipeline.error.reference.taken"));
    }

    @Test
    void postponingNeedsAReasonAndTendersNeedAnAddress() {
        String ref = reference();
        service.createDraft(
                ref,
                details(
                        "Rengøring af skoler",
                        List.of("90910000"),
                        EstimatedValue.exact(new BigDecimal("8000000")),
                        nextYear()));
        service.publish(ref);
        assertThatThrownBy(() -> service.changeStatus(ref, ProcurementStatus.POSTPONED, " ", null))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> service.changeStatus(ref, ProcurementStatus.TENDER_PUBLISHED, null, "udbud.dk"))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> service.changeStatus(ref, ProcurementStatus.AWARDED, null, null))
                .isInstanceOf(Rejected.class);
        PlannedProcurement tender = service.changeStatus(
                ref,
                ProcurementStatus.TENDER_PUBLISHED,
                null,
                "https://udbud.dk/Pages/Tenders/ShowTender?tenderid=123");
        assertThat(tender.tenderUrl()).startsWith("https://udbud.dk");
        assertThat(tender.aboveEuThreshold()).isFalse();
    }

    @Test
    void aStatusIsRestoredOnlyFromTheStatusItHasAndAnnouncedAsAPlainStatusChange() {
        String ref = reference();
        service.createDraft(
                ref,
                details("Skolemælk", List.of("15511000"), EstimatedValue.exact(new BigDecimal("400000")), nextYear()));
        service.publish(ref);
        service.changeStatus(ref, ProcurementStatus.POSTPONED, "Budgettet mangler.", null);
        service.changeStatus(ref, ProcurementStatus.TENDER_PUBLISHED, null, "https://udbud.dk/Pages/Tenders/1");
        long tendered = service.latestStatusChange(ref);
        assertThatThrownBy(() -> service.restoreStatus(
                        ref,
                        ProcurementStatus.AWARDED,
                        ProcurementStatus.POSTPONED,
                        "Budgettet mangler.",
                        null,
                        "Rettet."))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> service.restoreStatus(
                        ref, ProcurementStatus.TENDER_PUBLISHED, ProcurementStatus.DRAFT, null, null, "Rettet."))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> service.restoreStatus(
                        ref, ProcurementStatus.TENDER_PUBLISHED, ProcurementStatus.POSTPONED, null, null, " "))
                .isInstanceOf(Rejected.class);
        assertThat(service.statusChangesAfter(ref, tendered)).isEmpty();

        long restored = service.restoreStatus(
                ref,
                ProcurementStatus.TENDER_PUBLISHED,
                ProcurementStatus.POSTPONED,
                "Budgettet mangler.",
                null,
                "Rettet.");

        PlannedProcurement back = service.find(ref).orElseThrow();
        assertThat(back.status()).isEqualTo(ProcurementStatus.POSTPONED);
        assertThat(back.statusReason()).isEqualTo("Budgettet mangler.");
        assertThat(back.tenderUrl()).isNull();
        assertThat(service.statusChangesAfter(ref, tendered)).containsExactly(restored);
        assertThat(service.latestStatusChange(ref)).isEqualTo(restored);
        ProcurementChanged announced = events.stream(ProcurementChanged.class)
                .filter(e -> e.procurement().reference().equals(ref))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(announced.kinds()).containsExactly(ProcurementChanged.Kind.STATUS_CHANGED);
        assertThat(announced.reason()).isEqualTo("Rettet.");
    }
}
