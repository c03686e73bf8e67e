package dk.samspil.pipeline.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.Spreadsheets;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AutoConfigureMockMvc
class PlanImportTest extends IntegrationTest {

    private static final String IMPORT = "/intern/indkoeb/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanFileFormat format;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final String officer = "officer-" + UUID.randomUUID() + "@test.dk";

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    private MvcResult upload(byte[] content, String fileName) throws Exception {
        return mvc.perform(multipart(IMPORT)
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(as(officer, "PROCUREMENT"))
                        .with(csrf()))
                .andReturn();
    }

    /** Uploads a readable plan and returns the preview page's address. */
    private String uploaded(byte[] content) throws Exception {
        MvcResult result = upload(content, "plan.csv");
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private String page(String path, String name, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(name, "PROCUREMENT"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(expectedStatus);
        return body(result);
    }

    private MvcResult confirm(String preview, String name, String mode) throws Exception {
        return mvc.perform(post(preview)
                        .param("mode", mode)
                        .with(as(name, "PROCUREMENT"))
                        .with(csrf()))
                .andReturn();
    }

    private static String body(MvcResult result) throws IOException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long batchesOf(String name) {
        return jdbc.sql("SELECT count(*) FROM import_batch WHERE username = :u")
                .param("u", name)
                .query(Long.class)
                .single();
    }

    private boolean stored(String reference) {
        return procurements.find(reference).isPresent();
    }

    @Test
    void previewShowsEveryRowStoresNothingAndConfirmationStoresAllAsDrafts() throws Exception {
        NewProcurement first = PlanFiles.procurement(PlanFiles.reference());
        NewProcurement second = PlanFiles.procurement(PlanFiles.reference());
        String preview = uploaded(new PlanFiles(format).row(first).row(second).xlsx());

        String html = page(preview, officer, 200);
        assertThat(html)
                .contains(
                        first.reference(),
                        second.reference(),
                        "Tagrenovering af Nordskolen",
                        "2. kvartal",
                        "Intet er gemt endnu",
                        "Importér alle 2 rækker som kladder");
        assertThat(stored(first.reference())).isFalse();

        MvcResult done = confirm(preview, officer, "all");
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(IMPORT);
        // the confirmation offers to publish exactly the imported drafts
        assertThat(done.getFlashMap().get("importedReferences"))
                .isEqualTo(List.of(first.reference(), second.reference()));
        assertThat(procurements.find(first.reference()).orElseThrow().status()).isEqualTo(ProcurementStatus.DRAFT);
        assertThat(procurements.find(second.reference()).orElseThrow().details().lots())
                .hasSize(2);
        assertThat(batchesOf(officer)).isZero();
        assertThat(confirm(preview, officer, "all").getResponse().getStatus()).isEqualTo(404);
    }

    /**
     * A title cell with Alt+Enter used to be stored with its line break: every alert for the entry then failed on
     * the mail's subject. The import folds it into a space, says so in the preview, and the subscribers are alerted.
     */
    @Test
    void aTitleWithALineBreakIsImportedOnOneLineAndItsSubscribersAreAlerted() throws Exception {
        String email = "import-" + UUID.randomUUID() + "@example.dk";
        long subscriber = jdbc.sql(
                        "INSERT INTO alert_subscriber (email, language, created_at) VALUES (:e, 'da', now()) RETURNING id")
                .param("e", email)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:s, 'CRITERIA', ARRAY['45000000'], ARRAY['NEW_ENTRY'], 'IMMEDIATE', 'ACTIVE', now(), now())""").param("s", subscriber).update();
        Instant since = Instant.now().minusSeconds(1);
        try {
            String reference = PlanFiles.reference();
            String preview = uploaded(new PlanFiles(format)
                    .row(PlanFiles.procurement(reference))
                    .with(PlanColumn.TITLE, "Tagrenovering af\nNordskolen")
                    .with(PlanColumn.CONTACT_NAME, "Mette\r\nHolm")
                    .xlsx());

            assertThat(page(preview, officer, 200))
                    .contains("Tagrenovering af Nordskolen", "Linjeskift i B2, E2 er erstattet af mellemrum");
            assertThat(confirm(preview, officer, "all").getResponse().getStatus())
                    .isEqualTo(302);
            assertThat(procurements.find(reference).orElseThrow().details().title())
                    .isEqualTo("Tagrenovering af Nordskolen");
            assertThat(procurements.find(reference).orElseThrow().details().contactName())
                    .isEqualTo("Mette Holm");

            procurements.publish(reference);

            Background.awaitListeners(jdbc, "dk.samspil.alerts.", since);
            assertThat(jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = :e")
                            .param("e", email)
                            .query(String.class)
                            .list())
                    .containsExactly("Nyt kommende indkøb: Tagrenovering af Nordskolen");
        } finally {
            jdbc.sql("DELETE FROM alert_subscriber WHERE id = :id")
                    .param("id", subscriber)
                    .update();
        }
    }

    @Test
    void oneBadRowStoresNothingUnlessOnlyTheValidRowsAreChosen() throws Exception {
        String good1 = PlanFiles.reference();
        String bad = PlanFiles.reference();
        String good2 = PlanFiles.reference();
        String preview = uploaded(new PlanFiles(format)
                .row(PlanFiles.procurement(good1))
                .row(PlanFiles.procurement(bad))
                .with(PlanColumn.CONTRACT_START, "31.02.2027")
                .row(PlanFiles.procurement(good2))
                .csv());

        String html = page(preview, officer, 200);
        assertThat(html)
                .contains(
                        "Datoen 31.02.2027 findes ikke.",
                        "<td>3</td>",
                        "Kontraktstart",
                        "(P3)",
                        "Importér kun de 2 gyldige rækker")
                .doesNotContain("Importér alle");

        MvcResult refused = confirm(preview, officer, "all");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused)).contains("Intet er importeret");
        assertThat(stored(good1) || stored(bad) || stored(good2)).isFalse();

        assertThat(confirm(preview, officer, "valid").getResponse().getStatus()).isEqualTo(302);
        assertThat(stored(good1) && stored(good2)).isTrue();
        assertThat(stored(bad)).isFalse();
    }

    @Test
    void everyRowErrorNamesRowColumnAndWhatIsWrong() throws Exception {
        String taken = PlanFiles.reference();
        procurements.createDraft(taken, PlanFiles.procurement(taken).details());
        String duplicate = PlanFiles.reference();
        List<String> header = format.header();
        PlanFiles files = new PlanFiles(format)
                .row(PlanFiles.procurement(duplicate)) // row 2
                .row(PlanFiles.procurement(duplicate)) // row 3
                .valid()
                .with(PlanColumn.MAIN_CPV, "99999999") // row 4
                .valid()
                .with(PlanColumn.TITLE, "=HYPERLINK(\"http://evil\")") // row 5
                .valid()
                .with(PlanColumn.BUYING_UNIT, "Center for Drømme") // row 6
                .valid()
                .with(PlanColumn.EXPECTED_PUBLICATION, "snart") // row 7
                .valid()
                .with(PlanColumn.VALUE_FROM, "9000000")
                .with(PlanColumn.VALUE_TO, "100") // row 8
                .valid()
                .with(PlanColumn.SME_SUITABLE, "måske") // row 9
                .row(PlanFiles.procurement(taken)) // row 10
                .valid()
                .with(PlanColumn.EXPECTED_PUBLICATION, "2020-Q1") // row 11
                .valid()
                .with(PlanColumn.CONTRACT_TYPE, "Kaffe"); // row 12
        String csv = new String(files.csv(), StandardCharsets.UTF_8)
                        .replace("=HYPERLINK", "=HYPERLINK")
                        .replace("'=HYP", "=HYP")
                + "a;b;c\r\n"; // row 13
        String html = page(uploaded(csv.getBytes(StandardCharsets.UTF_8)), officer, 200);

        assertThat(html).contains("Referencenummeret " + duplicate + " står også i række 2.");
        assertThat(html).contains("CPV-koden 99999999 findes ikke.", "Hoved-CPV", "(H4)");
        assertThat(html).contains("Celle B5 begynder med =, +, - eller @ og ville blive læst som en formel.");
        assertThat(html).contains("Indkøbsenheden Center for Drømme findes ikke.");
        assertThat(html).contains("snart er ikke en måned eller et kvartal.");
        assertThat(html).contains("Fra-beløbet skal være mindre end eller lig med til-beløbet.");
        assertThat(html).contains("måske er ikke ja eller nej.");
        assertThat(html).contains("Referencenummeret " + taken + " er allerede brugt.");
        assertThat(html).contains("Tidspunktet for udbuddet ligger i fortiden.");
        assertThat(html).contains("Kontrakttypen Kaffe kendes ikke. Skriv en af: Bygge- og anlægsarbejde, Varekøb");
        assertThat(html).contains("Rækken har 3 kolonner, men overskriftsrækken har " + header.size() + ".");
        assertThat(html).contains("11 med fejl");
    }

    @Test
    void formulaCellsInXlsxAreRefusedWithTheirAddress() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Plan");
            var headerRow = sheet.createRow(0);
            List<String> header = format.header();
            for (int i = 0; i < header.size(); i++) {
                headerRow.createCell(i).setCellValue(header.get(i));
            }
            List<Object> values = format.row(PlanFiles.procurement(PlanFiles.reference()));
            var row = sheet.createRow(4);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    row.createCell(i)
                            .setCellValue(Spreadsheets.cellText(values.get(i)).replaceFirst("^'", ""));
                }
            }
            row.getCell(
                            PlanColumn.BUYING_UNIT.ordinal(),
                            org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellFormula("CONCATENATE(\"C\",\"E\")");
            workbook.write(out);
            file = out.toByteArray();
        }
        String html = page(uploaded(file), officer, 200);
        assertThat(html).contains("Celle D5 indeholder en formel. Skriv værdien i stedet.", "<td>5</td>");
    }

    @Test
    void unreadableFilesAreRefusedWithADanishMessageAndNotKept() throws Exception {
        String wrongHeader = "Reference;Titel;Farve\r\nSK-1;Tag;rød\r\n";
        byte[] windows1252 = new PlanFiles(format)
                .valid()
                .with(PlanColumn.TITLE, "Rengøring af rådhuset")
                .csv();
        windows1252 =
                new String(windows1252, StandardCharsets.UTF_8).substring(1).getBytes(Charset.forName("windows-1252"));
        StringBuilder many = new StringBuilder(String.join(";", format.header())).append("\r\n");
        for (int i = 0; i < 2001; i++) {
            many.append("R-").append(i).append(";Titel\r\n");
        }
        byte[] manyXlsx;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            rows.add(new ArrayList<>(Arrays.asList("R-" + i, "Titel")));
        }
        manyXlsx = Spreadsheets.xlsx("Plan", format.header(), rows);

        List<Object[]> cases = List.of(
                new Object[] {
                    wrongHeader.getBytes(StandardCharsets.UTF_8),
                    "Kolonner mangler i overskriftsrækken: Beskrivelse, Indkøbsenhed"
                },
                new Object[] {
                    wrongHeader.getBytes(StandardCharsets.UTF_8), "Ukendte kolonner i overskriftsrækken: Farve."
                },
                new Object[] {windows1252, "Filen er ikke UTF-8 (første fejl i linje 1)"},
                new Object[] {new byte[0], "Vælg en fil at uploade."},
                new Object[] {"\r\n \r\n".getBytes(StandardCharsets.UTF_8), "Filen er tom."},
                new Object[] {
                    (String.join(";", format.header()) + "\r\n").getBytes(StandardCharsets.UTF_8),
                    "Filen har kun overskriftsrækken."
                },
                new Object[] {
                    "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                    "Filen er hverken en CSV-fil eller en Excel-fil"
                },
                new Object[] {
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                    "Filen er hverken en CSV-fil eller en Excel-fil"
                },
                new Object[] {
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "gamle Excel-format (.xls)"
                },
                new Object[] {new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5}, "Excel-filen kan ikke læses."},
                new Object[] {many.toString().getBytes(StandardCharsets.UTF_8), "Filen har mere end 2.000 rækker."},
                new Object[] {manyXlsx, "Filen har mere end 2.000 rækker."},
                new Object[] {
                    (String.join(";", format.header()) + "\r\n\"SK-1;Tag\r\n").getBytes(StandardCharsets.UTF_8),
                    "et anførselstegn er ikke lukket"
                });
        for (Object[] c : cases) {
            MvcResult result = upload((byte[]) c[0], "plan.csv");
            assertThat(result.getResponse().getStatus()).as((String) c[1]).isEqualTo(400);
            assertThat(body(result)).as((String) c[1]).contains((String) c[1]).contains("Filen kan ikke importeres");
        }
        assertThat(batchesOf(officer)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        MvcResult result = upload(new byte[6 * 1024 * 1024], "plan.xlsx");
        assertThat(result.getResponse().getStatus()).isEqualTo(413);
        assertThat(body(result)).contains("Filen er større end 5 MB.");
        assertThat(batchesOf(officer)).isZero();
    }

    @Test
    void aTwentyMegabyteUploadIsRedirectedToADanishMessage() throws Exception {
        byte[] body = new byte[21 * 1024 * 1024];
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(IMPORT + "?fejl=stor"));

        String html = page(IMPORT + "?fejl=stor", officer, 413);
        assertThat(html).contains("Filen er større end 5 MB.");
    }

    @Test
    void anotherUsersOrAnExpiredPreviewCannotBeConfirmed() throws Exception {
        String reference = PlanFiles.reference();
        String preview = uploaded(
                new PlanFiles(format).row(PlanFiles.procurement(reference)).csv());
        String intruder = "intruder-" + UUID.randomUUID() + "@test.dk";

        assertThat(page(preview, intruder, 404))
                .contains("Forhåndsvisningen findes ikke eller er udløbet.")
                .doesNotContain(reference);
        assertThat(confirm(preview, intruder, "all").getResponse().getStatus()).isEqualTo(404);
        assertThat(stored(reference)).isFalse();

        jdbc.sql("UPDATE import_batch SET expires_at = now() - interval '1 minute' WHERE username = :u")
                .param("u", officer)
                .update();
        MvcResult expired = confirm(preview, officer, "all");
        assertThat(expired.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(expired)).contains("Upload filen igen.");
        assertThat(stored(reference)).isFalse();
    }

    @Test
    void onlyProcurementOfficersAndAdministratorsImportAndExport() throws Exception {
        for (String path : List.of(
                IMPORT,
                IMPORT + "/skabelon.csv",
                IMPORT + "/skabelon.xlsx",
                "/intern/indkoeb/eksport.csv",
                "/intern/indkoeb/eksport.xlsx")) {
            mvc.perform(get(path).with(as("consultant@test.dk", "CONSULTANT"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as("admin@test.dk", "ADMIN"))).andExpect(status().isOk());
        }
        mvc.perform(multipart(IMPORT)
                        .file(new MockMultipartFile(
                                "file",
                                "plan.csv",
                                "text/csv",
                                new PlanFiles(format).valid().csv()))
                        .with(as("consultant@test.dk", "CONSULTANT"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(batchesOf("consultant@test.dk")).isZero();
        String form = page(IMPORT, officer, 200);
        assertThat(form)
                .contains(
                        "Importér indkøbsplan",
                        "skabelon.xlsx",
                        "bliver gemt som kladder",
                        "enctype=\"multipart/form-data\"");
    }
}
