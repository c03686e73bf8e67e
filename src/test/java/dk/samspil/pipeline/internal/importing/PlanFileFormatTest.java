package dk.samspil.pipeline.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.Spreadsheets;
import dk.samspil.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class PlanFileFormatTest extends IntegrationTest {

    @Autowired
    PlanFileFormat format;

    @Autowired
    ProcurementService procurements;

    @Autowired
    MockMvc mvc;

    private List<PlanFileFormat.ParsedRow> read(byte[] file) {
        PlanSheet sheet = PlanFileReader.read(file, 100);
        PlanFileFormat.Reader reader = format.reader(sheet);
        return sheet.rows().stream().map(reader::parse).toList();
    }

    @Test
    void templateExampleRoundTripsThroughCsvAndXlsx() {
        NewProcurement example = format.example();
        for (byte[] file : List.of(
                Spreadsheets.csv(format.header(), List.of(format.row(example))),
                Spreadsheets.xlsx("Plan", format.header(), List.of(format.row(example))))) {
            List<PlanFileFormat.ParsedRow> rows = read(file);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.errors()).isEmpty();
                assertThat(row.number()).isEqualTo(2);
                assertThat(row.procurement()).isEqualTo(example);
            });
        }
        assertThat(procurements.validateNew(example.reference(), example.details()))
                .isEmpty();
    }

    @Test
    void tricky_values_roundTrip_escapedLotsPhoneNumbersParagraphsAndFormulaLikeText() {
        NewProcurement tricky = PlanFiles.procurement(PlanFiles.reference());
        NewProcurement formulaTitle = new NewProcurement(
                PlanFiles.reference(),
                new dk.samspil.pipeline.ProcurementDetails(
                        "=HYPERLINK(\"http://x\")",
                        "-- punkt",
                        null,
                        null,
                        null,
                        null,
                        List.of("45000000"),
                        null,
                        tricky.details().contractType(),
                        tricky.details().value(),
                        tricky.details().procedure(),
                        tricky.details().expectedPublication(),
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
        byte[] csv = new PlanFiles(format).row(tricky).row(formulaTitle).csv();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFReference;Titel;")
                .contains("\r\n")
                .contains(";\"'=HYPERLINK(\"\"http://x\"\")\";");
        assertThat(read(csv)).extracting(PlanFileFormat.ParsedRow::procurement).containsExactly(tricky, formulaTitle);
        assertThat(read(new PlanFiles(format).row(tricky).row(formulaTitle).xlsx()))
                .extracting(PlanFileFormat.ParsedRow::procurement)
                .containsExactly(tricky, formulaTitle);
    }

    @Test
    void danishSpellingsOfValuesAreRead() {
        byte[] csv = new PlanFiles(format)
                .valid()
                .with(PlanColumn.VALUE_FROM, "2.500.000 kr.")
                .with(PlanColumn.VALUE_TO, "")
                .with(
                        PlanColumn.CONTRACT_START,
                        "01.06." + (java.time.LocalDate.now().getYear() + 2))
                .with(
                        PlanColumn.EXPECTED_PUBLICATION,
                        "Q3 " + (java.time.LocalDate.now().getYear() + 1))
                .with(PlanColumn.CONTRACT_TYPE, "works")
                .with(PlanColumn.PROCEDURE, "EU_TENDER")
                .with(PlanColumn.SME_SUITABLE, "x")
                .with(PlanColumn.CONSORTIA_OPEN, "")
                .with(PlanColumn.ADDITIONAL_CPV, "45261410-2 45453000")
                .csv();
        PlanFileFormat.ParsedRow row = read(csv).get(0);
        assertThat(row.errors()).isEmpty();
        var d = row.procurement().details();
        assertThat(d.value().kind()).isEqualTo(dk.samspil.pipeline.EstimatedValue.Kind.EXACT);
        assertThat(d.value().min()).isEqualByComparingTo("2500000");
        assertThat(d.contractStart())
                .isEqualTo(java.time.LocalDate.of(java.time.LocalDate.now().getYear() + 2, 6, 1));
        assertThat(d.expectedPublication().code())
                .isEqualTo((java.time.LocalDate.now().getYear() + 1) + "-Q3");
        assertThat(d.procedure()).isEqualTo(dk.samspil.pipeline.ProcurementProcedure.EU_TENDER);
        assertThat(d.smeSuitable()).isTrue();
        assertThat(d.consortiaOpen()).isFalse();
        assertThat(d.cpvCodes()).containsExactly("45261210", "45261410-2", "45453000");
    }

    @Test
    @WithMockUser(username = "export@test.dk", roles = "PROCUREMENT")
    void staffExportRoundTripsThroughTheImportLayout() throws Exception {
        NewProcurement first = PlanFiles.procurement(PlanFiles.reference());
        NewProcurement second = new NewProcurement(
                PlanFiles.reference(), PlanFiles.procurement("x").details());
        List<PlannedProcurement> stored = procurements.createDrafts(List.of(first, second));

        for (String path : List.of("/intern/indkoeb/eksport.csv", "/intern/indkoeb/eksport.xlsx")) {
            byte[] file = mvc.perform(get(path).with(user("export@test.dk").roles("PROCUREMENT")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            PlanSheet sheet = PlanFileReader.read(file, 100_000);
            PlanFileFormat.Reader reader = format.reader(sheet);
            Map<String, NewProcurement> exported = sheet.rows().stream()
                    .map(reader::parse)
                    .map(PlanFileFormat.ParsedRow::procurement)
                    .collect(Collectors.toMap(NewProcurement::reference, Function.identity()));
            for (PlannedProcurement p : stored) {
                assertThat(exported.get(p.reference()))
                        .as(path)
                        .isEqualTo(new NewProcurement(p.reference(), p.details()));
            }
        }
    }

    @Test
    @WithMockUser(username = "public@test.dk", roles = "PROCUREMENT")
    void publicFilesListPublishedEntriesOnlyWithStatusAndProtectedCells() throws Exception {
        NewProcurement base = PlanFiles.procurement(PlanFiles.reference());
        var d = base.details();
        NewProcurement published = new NewProcurement(
                base.reference(),
                new dk.samspil.pipeline.ProcurementDetails(
                        "=1+1 vejbelysning",
                        d.description(),
                        null,
                        d.contactName(),
                        d.contactEmail(),
                        d.contactPhone(),
                        d.cpvCodes(),
                        d.nutsCode(),
                        d.contractType(),
                        d.value(),
                        d.procedure(),
                        d.expectedPublication(),
                        d.contractStart(),
                        d.durationMonths(),
                        d.optionsDescription(),
                        true,
                        false,
                        false,
                        false,
                        false,
                        false,
                        d.lots()));
        NewProcurement draft = PlanFiles.procurement(PlanFiles.reference());
        procurements.createDrafts(List.of(published, draft));
        procurements.publish(published.reference());

        byte[] csv = mvc.perform(get("/kommende-indkob.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFReference;")
                .contains("Delaftaler;Status;Senest ændret;Link\r\n")
                .contains(published.reference() + ";'=1+1 vejbelysning;")
                .contains(";Forventet;")
                .contains("/kommende-indkob/" + published.reference())
                .doesNotContain(draft.reference());

        byte[] xlsx = mvc.perform(get("/kommende-indkob.xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            var row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> published.reference().equals(r.getCell(0).getStringCellValue()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCell(PlanColumn.VALUE_TO.ordinal()).getNumericCellValue())
                    .isEqualTo(4_500_000d);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(
                            row.getCell(PlanColumn.CONTRACT_START.ordinal())))
                    .isTrue();
            assertThat(row.getCell(PlanColumn.TITLE.ordinal()).getStringCellValue())
                    .isEqualTo("=1+1 vejbelysning");
            assertThat(sheet.getColumnWidth(PlanColumn.TITLE.ordinal()))
                    .isGreaterThan(sheet.getColumnWidth(PlanColumn.NUTS.ordinal()));
        }
    }

    @Test
    void templatesDownloadWithHeaderAndExampleRow() throws Exception {
        String csv = mvc.perform(get("/intern/indkoeb/import/skabelon.csv")
                        .with(user("t@test.dk").roles("PROCUREMENT")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv)
                .startsWith("\uFEFF" + String.join(";", format.header()))
                .contains("Tagrenovering af Nordskolen");
        byte[] xlsx = mvc.perform(get("/intern/indkoeb/import/skabelon.xlsx")
                        .with(user("t@test.dk").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(read(xlsx))
                .singleElement()
                .satisfies(row -> assertThat(row.errors()).isEmpty());
    }
}
