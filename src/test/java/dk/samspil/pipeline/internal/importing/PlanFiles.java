package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.platform.Spreadsheets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds plan files for tests: valid rows from {@link PlanFileFormat}, with single cells changed on purpose. */
final class PlanFiles {

    private final PlanFileFormat format;
    private final List<List<Object>> rows = new ArrayList<>();

    PlanFiles(PlanFileFormat format) {
        this.format = format;
    }

    static String reference() {
        return "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static NewProcurement procurement(String reference) {
        ExpectedPeriod expected = ExpectedPeriod.ofQuarter(LocalDate.now().getYear() + 1, 2);
        return new NewProcurement(
                reference,
                new ProcurementDetails(
                        "Tagrenovering af Nordskolen; etape 2",
                        "Udskiftning af tagpap.\n\nArbejdet sker i sommerferien.",
                        null,
                        "Mette Holm",
                        "mette.holm@slagelse.dk",
                        "+45 58 57 36 00",
                        List.of("45261210", "45261410", "45453000"),
                        "DK022",
                        ContractType.WORKS,
                        EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4500000")),
                        ProcurementProcedure.NATIONAL,
                        expected,
                        expected.to().plusDays(1),
                        12,
                        "Option på 2 års vedligehold",
                        true,
                        true,
                        false,
                        true,
                        true,
                        false,
                        List.of(
                                new Lot(
                                        1,
                                        "Tag på Nordskolen | fløj A; B",
                                        "45261210",
                                        new BigDecimal("2000000"),
                                        true),
                                new Lot(2, "Tag på Vestskolen", null, null, false))));
    }

    PlanFiles row(NewProcurement procurement) {
        rows.add(new ArrayList<>(format.row(procurement)));
        return this;
    }

    PlanFiles valid() {
        return row(procurement(reference()));
    }

    /** The last row with one cell replaced. */
    PlanFiles with(PlanColumn column, Object value) {
        rows.get(rows.size() - 1).set(column.ordinal(), value);
        return this;
    }

    byte[] csv() {
        return Spreadsheets.csv(format.header(), rows);
    }

    byte[] xlsx() {
        return Spreadsheets.xlsx("Plan", format.header(), rows);
    }
}
