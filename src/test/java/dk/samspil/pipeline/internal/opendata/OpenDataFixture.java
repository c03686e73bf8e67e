package dk.samspil.pipeline.internal.opendata;

import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Published entries with a history, made through the real service, for the open data tests. */
final class OpenDataFixture {

    private OpenDataFixture() {}

    static String reference() {
        return "OD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static ExpectedPeriod nextYear(int quarter) {
        return ExpectedPeriod.ofQuarter(LocalDate.now().getYear() + 1, quarter);
    }

    /** Title and description with the characters feeds must escape: comma, semicolon, backslash, new lines. */
    static ProcurementDetails details(String title, ExpectedPeriod expected) {
        return new ProcurementDetails(
                title,
                "Renovering af tage; udskiftning af tagpap, kviste og tagrender.\n\n"
                        + "Andet afsnit med en skråstreg \\ og æøå – en lang linje, der skal foldes i iCalendar-feedet, "
                        + "fordi den er meget længere end 75 oktetter.",
                null,
                "Jens Jensen",
                "jens@slagelse.dk",
                "58 57 36 00",
                List.of("45261000", "45261210"),
                null,
                ContractType.WORKS,
                EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4500000")),
                ProcurementProcedure.EU_TENDER,
                expected,
                expected.to().plusMonths(3),
                24,
                null,
                true,
                true,
                false,
                true,
                false,
                false,
                List.of(
                        new Lot(1, "Tage, nord", "45261210", new BigDecimal("2000000"), true),
                        new Lot(2, "Tage, syd", null, new BigDecimal("2500000"), true)));
    }

    /** Published, changed (a material change), then its tender published: releases planning, planningUpdate, tender. */
    static String publishedChangedAndTendered(ProcurementService service) {
        String reference = reference();
        service.createDraft(reference, details("Tagrenovering på plejecentre, etape 1", nextYear(2)));
        service.publish(reference);
        service.update(reference, details("Tagrenovering på plejecentre, etape 1", nextYear(3)), "Udskudt et kvartal");
        service.changeStatus(
                reference,
                ProcurementStatus.TENDER_PUBLISHED,
                null,
                "https://udbud.dk/Pages/Tenders/ShowTender?tenderid=4711");
        return reference;
    }

    /** Published with an unknown value and no lots, then cancelled. */
    static String publishedAndCancelled(ProcurementService service) {
        String reference = reference();
        ProcurementDetails d = details("Rengøring af rådhuset", nextYear(1));
        service.createDraft(
                reference,
                new ProcurementDetails(
                        d.title(),
                        "Daglig rengøring.",
                        null,
                        null,
                        null,
                        null,
                        List.of("90910000"),
                        null,
                        ContractType.SERVICES,
                        EstimatedValue.unknown(),
                        ProcurementProcedure.NOT_ADVERTISED,
                        d.expectedPublication(),
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        List.of()));
        service.publish(reference);
        service.changeStatus(reference, ProcurementStatus.CANCELLED, "Opgaven løses internt", null);
        return reference;
    }
}
