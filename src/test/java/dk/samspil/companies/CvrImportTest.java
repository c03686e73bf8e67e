package dk.samspil.companies;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Roles;
import dk.samspil.support.ApiTokensFromDatabase;
import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CVR import over real HTTP with fixture files in the distribution's formats: a search response creates the
 * companies with the current value of each history, the same file again writes nothing, and JSON lines with one moved
 * address, a broken line and a wrong check digit change only that address and report the two bad lines.
 */
class CvrImportTest extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> FIXTURE_CVRS = List.of("20680598", "95931219", "73880890");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String adminToken;

    @BeforeEach
    void clean() {
        adminToken = ApiTokensFromDatabase.userWithToken(jdbc, Roles.ADMIN);
        jdbc.sql("DELETE FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
    }

    private HttpResponse<String> send(byte[] body, String token) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/companies/import/cvr"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode importFile(String name) throws Exception {
        HttpResponse<String> response = send(Files.readAllBytes(Path.of("src/test/resources/cvr", name)), adminToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private Map<String, Object> company(String cvr) {
        return jdbc.sql("SELECT * FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query()
                .singleRow();
    }

    @Test
    void aSearchResponseCreatesAgainChangesNothingAndLinesChangeOnlyWhatMoved() throws Exception {
        JsonNode first = importFile("soegesvar.json");
        assertThat(first.get("counts").get("CREATED").asInt()).isEqualTo(3);
        assertThat(first.get("counts").get("REFUSED").asInt()).isZero();

        Map<String, Object> vvs = company("20680598");
        assertThat(vvs)
                .containsEntry("name", "Slagelse VVS & Blik ApS")
                .containsEntry("address", "Bjergbygade 21B")
                .containsEntry("postal_code", "4200")
                .containsEntry("city", "Slagelse")
                .containsEntry("municipality_code", "330")
                .containsEntry("industry_code", "432200")
                .containsEntry("industry_text", "VVS- og blikkenslagerforretninger")
                .containsEntry("company_form", "Anpartsselskab")
                .containsEntry("employee_band", "ANTAL_20_49")
                .containsEntry("website", "www.slagelsevvs.dk")
                .containsEntry("source", "CVR");
        assertThat(jdbc.sql("SELECT secondary_names[1] || ' ' || p_numbers[1] FROM company WHERE cvr = '20680598'")
                        .query(String.class)
                        .single())
                .isEqualTo("Blik-Bent 1012345678");
        assertThat(company("95931219")).containsEntry("advertising_protected", true);
        Timestamp written = (Timestamp) company("73880890").get("updated_at");

        JsonNode again = importFile("soegesvar.json");
        assertThat(again.get("counts").get("UNCHANGED").asInt()).isEqualTo(3);
        assertThat(again.get("counts").get("CREATED").asInt()
                        + again.get("counts").get("CHANGED").asInt())
                .isZero();
        assertThat(company("73880890").get("updated_at")).isEqualTo(written);

        JsonNode lines = importFile("linjer-med-fejl.jsonl");
        assertThat(lines.get("counts").get("UNCHANGED").asInt()).isEqualTo(2);
        assertThat(lines.get("counts").get("CHANGED").asInt()).isEqualTo(1);
        assertThat(lines.get("counts").get("REFUSED").asInt()).isEqualTo(2);
        JsonNode changed = find(lines, "CHANGED");
        assertThat(changed.get("cvr").asString()).isEqualTo("73880890");
        assertThat(changed.get("line").asInt()).isEqualTo(4);
        assertThat(json.convertValue(changed.get("fields"), List.class))
                .containsExactlyInAnyOrder("address", "postalCode", "city");
        assertThat(company("73880890"))
                .containsEntry("address", "Solvænget 3")
                .containsEntry("city", "Skælskør")
                .containsEntry("name", "Vestsjællands Solceller A/S");
        List<JsonNode> refused = findAll(lines, "REFUSED");
        assertThat(refused).extracting(r -> r.get("line").asInt()).containsExactly(2, 5);
        assertThat(refused.get(0).get("reason").asString()).startsWith("Linjen er ikke gyldig JSON");
        assertThat(refused.get(1).get("reason").asString()).contains("Kontrolcifferet passer ikke", "95931210");
        assertThat(jdbc.sql("SELECT count(*) FROM company WHERE cvr IN ('95931210', '12345678')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSameJsonLinesAgainAreUnchangedWithoutParsingAndAnIrrelevantChangeWritesNothing() throws Exception {
        List<String> good = Files.readAllLines(Path.of("src/test/resources/cvr/linjer-med-fejl.jsonl")).stream()
                .filter(line -> line.contains("73880890") || line.contains("95931219"))
                .toList();
        byte[] file = String.join("\n", good).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json.readTree(send(file, adminToken).body())
                        .get("counts")
                        .get("CREATED")
                        .asInt())
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM company WHERE cvr IN ('73880890', '95931219') AND cvr_document_hash IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        Timestamp written = (Timestamp) company("73880890").get("updated_at");

        JsonNode again = json.readTree(send(file, adminToken).body());
        assertThat(again.get("counts").get("UNCHANGED").asInt()).isEqualTo(2);
        // the CVR service's own bookkeeping changed, the company's facts did not
        byte[] touched = String.join("\r\n", good)
                .replace("\"sidstOpdateret\": \"2020-01-01", "\"sidstOpdateret\": \"2026-12-01")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(touched).isNotEqualTo(file);
        JsonNode bookkeeping = json.readTree(send(touched, adminToken).body());
        assertThat(bookkeeping.get("counts").get("UNCHANGED").asInt()).isEqualTo(2);
        assertThat(company("73880890").get("updated_at")).isEqualTo(written);
    }

    @Test
    void aFileOfAnotherFormatIsRefusedInDanishAndOnlyAdministratorsMayImport() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM company").query(Long.class).single();
        HttpResponse<String> csv = send("Navn;CVR\nFirma ApS;20680598\n".getBytes(), adminToken);
        assertThat(csv.statusCode()).isEqualTo(422);
        assertThat(csv.body()).contains("Filen er ikke data fra CVR");
        assertThat(send(
                                Files.readAllBytes(Path.of("src/test/resources/cvr/soegesvar.json")),
                                ApiTokensFromDatabase.userWithToken(jdbc, Roles.CONSULTANT))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM company").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theApiFindsImportedCompaniesByNameOrCvrNumberForStaff() throws Exception {
        importFile("soegesvar.json");
        String caseworker = ApiTokensFromDatabase.userWithToken(jdbc, Roles.CASEWORKER);
        HttpResponse<String> found = get("/api/v1/companies?q=solceller", caseworker);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json.readTree(found.body())
                        .get("companies")
                        .valueStream()
                        .map(c -> c.get("cvr").asString()))
                .contains("73880890");
        HttpResponse<String> one = get("/api/v1/companies/73%2088%2008%2090", caseworker);
        assertThat(json.readTree(one.body()).get("name").asString()).isEqualTo("Vestsjællands Solceller A/S");
        assertThat(get("/api/v1/companies/73880891", caseworker).body())
                .contains("ingen virksomhed med det CVR-nummer");
        assertThat(get("/api/v1/companies?q=" + "x".repeat(201), caseworker).statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode find(JsonNode answer, String outcome) {
        return findAll(answer, outcome).get(0);
    }

    private static List<JsonNode> findAll(JsonNode answer, String outcome) {
        return answer.get("lines")
                .valueStream()
                .filter(line -> outcome.equals(line.get("outcome").asString()))
                .toList();
    }
}
