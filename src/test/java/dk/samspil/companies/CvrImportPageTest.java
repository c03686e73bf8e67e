package dk.samspil.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CVR upload page: the preview says per document what would happen and writes nothing; confirming imports all or
 * nothing (or, when asked, only the valid documents); the same file again changes nothing; an import is undone once,
 * putting back changed companies and deleting created ones nothing refers to; files of another format, broken lines
 * and duplicates are refused in Danish.
 */
@AutoConfigureMockMvc
class CvrImportPageTest extends IntegrationTest {

    static final String IMPORT = "/intern/virksomheder/import";
    static final List<String> FIXTURE_CVRS = List.of("20680598", "95931219", "73880890");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final String admin = "admin-" + UUID.randomUUID() + "@test.dk";

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
        jdbc.sql("DELETE FROM company_import_change WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
    }

    private RequestPostProcessor admin() {
        return user(admin).roles("ADMIN");
    }

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/cvr", name));
    }

    private MvcResult upload(byte[] content, String fileName) throws Exception {
        return mvc.perform(multipart(IMPORT)
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(admin())
                        .with(csrf()))
                .andReturn();
    }

    /** Uploads a CVR file and returns its preview's address. */
    private String uploaded(byte[] content, String fileName) throws Exception {
        MvcResult result = upload(content, fileName);
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private String page(String path, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(get(path).with(admin())).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(expectedStatus);
        return body(result);
    }

    private MvcResult confirm(String preview, String mode) throws Exception {
        return mvc.perform(post(preview).param("mode", mode).with(admin()).with(csrf()))
                .andReturn();
    }

    private MvcResult undo(long importId) throws Exception {
        return mvc.perform(post(IMPORT + "/koersler/" + importId + "/fortryd")
                        .with(admin())
                        .with(csrf()))
                .andReturn();
    }

    private long latestImport() {
        return jdbc.sql("SELECT max(id) FROM company_import WHERE imported_by = :by")
                .param("by", admin)
                .query(Long.class)
                .single();
    }

    private long companies() {
        return jdbc.sql("SELECT count(*) FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> company(String cvr) {
        return jdbc.sql("SELECT * FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query()
                .singleRow();
    }

    private static String body(MvcResult result) throws IOException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void previewWritesNothingConfirmCreatesTheSameFileAgainChangesNothingAndUndoDeletesOnce() throws Exception {
        String preview = uploaded(fixture("soegesvar.json"), "soegesvar.json");
        assertThat(page(preview, 200))
                .contains(
                        "Filen soegesvar.json har 3 nye, 0 ændrede, 0 uændrede og 0 afviste",
                        "Intet er gemt endnu",
                        "20680598",
                        "Importér 3 virksomheder");
        assertThat(companies()).isZero();

        MvcResult done = confirm(preview, "all");
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(IMPORT);
        assertThat(companies()).isEqualTo(3);
        long first = latestImport();
        assertThat(jdbc.sql("SELECT created || '/' || changed || '/' || unchanged || '/' || refused || ' ' || origin"
                                + " FROM company_import WHERE id = :id")
                        .param("id", first)
                        .query(String.class)
                        .single())
                .isEqualTo("3/0/0/0 UPLOAD");
        assertThat(page(IMPORT, 200)).contains("3 nye, 0 ændrede, 0 uændrede og 0 afviste", admin, "soegesvar.json");
        assertThat(jdbc.sql("""
                SELECT actor || ' ' || (changes -> 'name' ->> 'to') FROM audit_entry
                WHERE entity_type = 'Company' AND entity_id = '20680598' AND action = 'CREATE'
                ORDER BY id DESC LIMIT 1""").query(String.class).single()).isEqualTo(admin + " Slagelse VVS & Blik ApS");
        assertThat(confirm(preview, "all").getResponse().getStatus())
                .as("the kept file is gone")
                .isEqualTo(404);

        Timestamp written = (Timestamp) company("73880890").get("updated_at");
        String again = uploaded(fixture("soegesvar.json"), "soegesvar.json");
        assertThat(page(again, 200)).contains("har 0 nye, 0 ændrede, 3 uændrede og 0 afviste");
        confirm(again, "all");
        assertThat(company("73880890").get("updated_at")).isEqualTo(written);
        assertThat(jdbc.sql("SELECT count(*) FROM company_import_change WHERE import_id = :id")
                        .param("id", latestImport())
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(undo(first).getResponse().getRedirectedUrl()).isEqualTo(IMPORT);
        assertThat(companies()).isZero();
        assertThat(page(IMPORT, 200)).contains("Fortrudt");
        MvcResult twice = undo(first);
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(twice)).contains("Importen er allerede fortrudt");
        assertThat(undo(999_999_999L).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aChangedAddressChangesOnlyThatCompanyAndUndoPutsItBackKeepingCompaniesWithNotes() throws Exception {
        confirm(uploaded(fixture("soegesvar.json"), "soegesvar.json"), "all");
        long first = latestImport();
        long vvs = (Long) company("20680598").get("id");
        jdbc.sql("""
                INSERT INTO company_note (company_id, visit_date, author, author_org, title, notes, shared_with, created_at)
                VALUES (:id, DATE '2026-11-02', 'c@test.dk', 'BUSINESS_CENTRE', 'Besøg', 'Noter', 'SEC', now())""").param("id", vvs).update();

        // the lines file moves one address and has a broken line and a wrong check digit
        String preview = uploaded(fixture("linjer-med-fejl.jsonl"), "linjer-med-fejl.jsonl");
        String html = page(preview, 200);
        assertThat(html)
                .contains(
                        "har 0 nye, 1 ændrede, 2 uændrede og 2 afviste",
                        "73880890",
                        "Adresse, Postnummer, By",
                        "Linjen er ikke gyldig JSON: Unexpected end-of-input: expected close marker for Array",
                        "Kontrolcifferet passer ikke",
                        "95931210")
                .doesNotContain("name=\"mode\" value=\"all\"", "Source:", "REDACTED", "start marker");

        MvcResult all = confirm(preview, "all");
        assertThat(all.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(all)).contains("Filen har afviste virksomheder, så intet er importeret");
        assertThat(company("73880890")).containsEntry("address", "Energivej 8");

        assertThat(confirm(preview, "valid").getResponse().getRedirectedUrl()).isEqualTo(IMPORT);
        long second = latestImport();
        assertThat(company("73880890")).containsEntry("address", "Solvænget 3").containsEntry("city", "Skælskør");
        assertThat(company("20680598")).containsEntry("address", "Bjergbygade 21B");

        MvcResult laterFirst = undo(first);
        assertThat(laterFirst.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(laterFirst)).contains("En senere import", "Fortryd den først");

        undo(second);
        assertThat(company("73880890"))
                .containsEntry("address", "Energivej 8")
                .containsEntry("city", "Slagelse")
                .containsEntry("source", "CVR");
        undo(first);
        assertThat(jdbc.sql("SELECT cvr FROM company WHERE cvr IN (:cvrs)")
                        .param("cvrs", FIXTURE_CVRS)
                        .query(String.class)
                        .list())
                .as("the company with a note is kept")
                .containsExactly("20680598");
        assertThat(jdbc.sql("SELECT undo_kept FROM company_import WHERE id = :id")
                        .param("id", first)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void filesOfAnotherFormatEmptyFilesDuplicatesAndOthersUploadsAreRefusedInDanish() throws Exception {
        long kept =
                jdbc.sql("SELECT count(*) FROM import_batch").query(Long.class).single();
        MvcResult csv = upload("Navn;CVR\nFirma ApS;20680598\n".getBytes(StandardCharsets.UTF_8), "virksomheder.json");
        assertThat(csv.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(csv)).contains("Filen er ikke data fra CVR");
        MvcResult pdf = upload("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "cvr.json");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(422);
        MvcResult empty = upload(new byte[0], "tom.json");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(empty)).contains("Vælg en fil fra CVR");
        assertThat(jdbc.sql("SELECT count(*) FROM import_batch")
                        .query(Long.class)
                        .single())
                .isEqualTo(kept);

        String lines = new String(fixture("linjer-med-fejl.jsonl"), StandardCharsets.UTF_8)
                .lines()
                .toList()
                .get(2);
        String duplicated =
                uploaded(("\uFEFF" + lines + "\n" + lines + "\n").getBytes(StandardCharsets.UTF_8), "dobbelt.jsonl");
        assertThat(page(duplicated, 200))
                .contains(
                        "har 1 nye, 0 ændrede, 0 uændrede og 1 afviste", "CVR-nummeret 95931219 står også på linje 1");
        MvcResult refused = confirm(duplicated, "all");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(companies()).isZero();

        String longName = lines.replace("Korsør Havnecafé I/S", "Havnecafé ".repeat(25));
        assertThat(page(uploaded(longName.getBytes(StandardCharsets.UTF_8), "lang.jsonl"), 200))
                .contains("har en værdi, der er længere end de 200 tegn", "(Navn)");

        // another administrator's upload, or one kept for the plan import, is not found
        MvcResult other = mvc.perform(get(duplicated).with(user("other@test.dk").roles("ADMIN")))
                .andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(other)).contains("Forhåndsvisningen findes ikke længere");
        assertThat(mvc.perform(get(IMPORT).with(user(admin).roles("CONSULTANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aFileOverTheLimitIsTurnedAwayWithADanishMessage() throws Exception {
        MvcResult over = upload(new byte[15 * 1024 * 1024 + 10], "stor.json");
        assertThat(over.getResponse().getStatus()).isEqualTo(413);
        assertThat(body(over)).contains("Filen er større end 15 MB");

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[17 * 1024 * 1024]))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(IMPORT + "?fejl=stor"));
        assertThat(page(IMPORT + "?fejl=stor", 413)).contains("Filen er større end 15 MB");
    }
}
