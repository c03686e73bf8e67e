package dk.samspil.pipeline.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Roles;
import dk.samspil.support.ApiTokensFromDatabase;
import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP with bearer API tokens: the staff life cycle, the public view and every kind of bad input. */
class ProcurementApiTest extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String procurementToken;

    @BeforeEach
    void tokens() {
        procurementToken = ApiTokensFromDatabase.userWithToken(jdbc, Roles.PROCUREMENT);
    }

    static String body(String reference, String extra) {
        int year = LocalDate.now().getYear() + 1;
        return """
                {"reference": "%s", "title": "Vinduesudskiftning på skoler",
                 "description": "Udskiftning af vinduer på tre skoler.", "cpvCodes": ["45421132", "45000000-7"],
                 "estimatedValueDkk": {"min": 2000000, "max": 3000000}, "expectedTenderPublication": "%d-Q2",
                 "procedure": "NATIONAL", "smeSuitable": true, "contactName": "Jens Jensen",
                 "contactEmail": "jens@slagelse.dk",
                 "lots": [{"title": "Nordskolen", "cpvCode": "45421132", "valueDkk": 1000000, "smeSuitable": true}]%s}
                """.formatted(reference, year, extra);
    }

    @Test
    void officerCreatesPublishesChangesAndPostponesWhileThePublicSeesOnlyWhatIsPublished() throws Exception {
        String reference = OpenDataFixture.reference();

        HttpResponse<String> created = send("POST", "/api/v1/procurements", body(reference, ""), procurementToken);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(url("/api/v1/procurements/" + reference));
        JsonNode draft = json.readTree(created.body());
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("contractType").asString())
                .as("from CPV division 45")
                .isEqualTo("WORKS");
        assertThat(draft.get("cpvCodes").get(1).get("code").asString()).isEqualTo("45000000");
        assertThat(draft.get("cpvCodes").get(1).get("label").asString()).isEqualTo("Bygge- og anlægsarbejder");
        assertThat(draft.get("estimatedValue").get("kind").asString()).isEqualTo("RANGE");
        assertThat(draft.get("lots").get(0).get("number").asInt()).isEqualTo(1);

        assertThat(send("GET", "/api/v1/procurements/" + reference, null, null).statusCode())
                .as("a draft is not public")
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/procurements/" + reference, null, procurementToken)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> published =
                send("POST", "/api/v1/procurements/" + reference + "/publish", null, procurementToken);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json.readTree(published.body()).get("status").asString()).isEqualTo("PUBLISHED");

        HttpResponse<String> changed = send(
                "PUT",
                "/api/v1/procurements/" + reference,
                body(reference, ", \"reason\": \"Værdien er opdateret\"")
                        .replace("\"max\": 3000000", "\"max\": 6000000"),
                procurementToken);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("version").asInt()).isEqualTo(2);

        HttpResponse<String> postponed = send(
                "POST",
                "/api/v1/procurements/" + reference + "/status",
                "{\"status\": \"POSTPONED\", \"reason\": \"Afventer budget\"}",
                procurementToken);
        assertThat(postponed.statusCode()).isEqualTo(200);

        JsonNode shown = json.readTree(
                send("GET", "/api/v1/procurements/" + reference, null, null).body());
        assertThat(shown.get("status").asString()).isEqualTo("POSTPONED");
        assertThat(shown.get("statusReason").asString()).isEqualTo("Afventer budget");
        assertThat(shown.get("estimatedValue").get("maxDkk").asLong()).isEqualTo(6_000_000L);
        assertThat(shown.get("expectedTenderPublication").asString()).endsWith("-Q2");
        assertThat(shown.get("url").asString()).isEqualTo("http://localhost:8080/kommende-indkob/" + reference);
        assertThat(listedPublicly(reference)).isTrue();
    }

    @Test
    void theSearchFindsByCompoundPartReferenceAndCpvLabelAsThePublicListDoes() throws Exception {
        String reference = OpenDataFixture.reference();
        String unique = "Zq" + reference.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        assertThat(send(
                                "POST",
                                "/api/v1/procurements",
                                body(reference, "")
                                        .replace(
                                                "Vinduesudskiftning på skoler",
                                                "Vinduesudskiftning på skoler " + unique),
                                procurementToken)
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/procurements/" + reference + "/publish", null, procurementToken)
                        .statusCode())
                .isEqualTo(200);

        for (String q : List.of(unique + " vinduer", unique + " udskiftningen", reference, unique + " anlægsarbejde")) {
            JsonNode page = json.readTree(
                    send("GET", "/api/v1/procurements?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null, null)
                            .body());
            assertThat(page.get("items")
                            .valueStream()
                            .map(item -> item.get("reference").asString()))
                    .as("q=%s", q)
                    .contains(reference);
        }
        JsonNode none = json.readTree(send(
                        "GET",
                        "/api/v1/procurements?q=" + URLEncoder.encode(unique + " -vinduer", StandardCharsets.UTF_8),
                        null,
                        null)
                .body());
        assertThat(none.get("items")
                        .valueStream()
                        .map(item -> item.get("reference").asString()))
                .doesNotContain(reference);
        assertThat(send("GET", "/api/v1/procurements?q=%22%3Cscript%3E%27%20OR%201%3D1", null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void withoutATokenOrWithTheWrongRoleNothingIsCreated() throws Exception {
        String reference = OpenDataFixture.reference();
        HttpResponse<String> anonymous = send("POST", "/api/v1/procurements", body(reference, ""), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));

        String consultant = ApiTokensFromDatabase.userWithToken(jdbc, Roles.CONSULTANT);
        assertThat(send("POST", "/api/v1/procurements", body(reference, ""), consultant)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/procurements", body(reference, ""), "not-a-token")
                        .statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/procurements/" + reference, null, procurementToken)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void badInputIsAnsweredWithDanishProblemDetailsPerFieldAndNothingIsStored() throws Exception {
        String reference = OpenDataFixture.reference();
        String bad = body(reference, ", \"buyingUnit\": \"Ingen sådan enhed\"")
                .replace("\"45421132\", \"45000000-7\"", "\"99999999\"")
                .replace("\"NATIONAL\"", "\"AUCTION\"")
                .replace("{\"min\": 2000000, \"max\": 3000000}", "{\"min\": 5, \"max\": 1}");

        HttpResponse<String> rejected = send("POST", "/api/v1/procurements", bad, procurementToken);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        JsonNode problem = json.readTree(rejected.body());
        assertThat(problem.get("detail").asString()).startsWith("Indkøbet blev ikke gemt");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("buyingUnit", "cpvCodes", "procedure", "estimatedValueDkk")
                .doesNotHaveDuplicates();
        assertThat(problem.get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains(
                        "CPV-koden 99999999 findes ikke. Skriv 8 cifre, fx 45000000 eller 45000000-7, eller søg efter koden.",
                        "Indkøbsenheden findes ikke. Vælg en fra listen.");
        assertThat(send("GET", "/api/v1/procurements/" + reference, null, procurementToken)
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> english =
                send("POST", "/api/v1/procurements", bad, procurementToken, "Accept-Language", "en");
        assertThat(json.readTree(english.body()).get("detail").asString()).startsWith("The purchase was not saved");

        HttpResponse<String> malformed = send("POST", "/api/v1/procurements", "{\"reference\": ", procurementToken);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("detail").asString())
                .startsWith("Forespørgslen kunne ikke læses");

        HttpResponse<String> wrongType = send(
                "POST", "/api/v1/procurements", body(reference, ", \"durationMonths\": \"to år\""), procurementToken);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrongType.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("durationMonths");
        assertThat(send("GET", "/api/v1/procurements/" + reference, null, procurementToken)
                        .statusCode())
                .isEqualTo(404);
    }

    /**
     * Issue 10, defects 1, 10, 11 and 14: each hostile value alone in an otherwise valid body. A title with a line
     * break stopped every alert of its entry; {@code [null]} and {@code 1e400} gave a 500; a contract start in year
     * 999999999 was published (stored as infinity); {@code 0.001} kroner was accepted and {@code lots: [null]}
     * silently dropped. Each is refused naming its field, in Danish, and nothing is stored.
     */
    @Test
    void eachHostileValueAloneInAValidBodyIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
        String reference = OpenDataFixture.reference();
        String valid = body(reference, "");
        String lots =
                "[{\"title\": \"Nordskolen\", \"cpvCode\": \"45421132\", \"valueDkk\": 1000000, \"smeSuitable\": true}]";
        String value = "{\"min\": 2000000, \"max\": 3000000}";
        assertThat(valid).contains(lots, value);
        List<List<String>> cases = List.of(
                List.of(
                        "title",
                        valid.replace("\"Vinduesudskiftning på skoler\"", "\"Vinduer\\r\\nBcc: spion@example.dk\"")),
                List.of("cpvCodes", valid.replace("[\"45421132\", \"45000000-7\"]", "[\"45421132\", null]")),
                List.of("estimatedValueDkk", valid.replace(value, "1e400")),
                List.of("estimatedValueDkk", valid.replace(value, "1E999999999")),
                List.of("estimatedValueDkk", valid.replace(value, "0.001")),
                List.of("estimatedValueDkk", valid.replace(value, "{\"min\": 1, \"max\": 1e400}")),
                List.of("lots", valid.replace(lots, "[null]")),
                List.of("lots", valid.replace("\"valueDkk\": 1000000", "\"valueDkk\": 1e400")),
                List.of("durationMonths", body(reference, ", \"durationMonths\": 1.5")),
                List.of("contractStart", body(reference, ", \"contractStart\": \"+999999999-01-01\"")),
                List.of("contractStart", body(reference, ", \"contractStart\": \"-999999999-01-01\"")),
                List.of("contractStart", body(reference, ", \"contractStart\": \"9999-01-01\"")));
        for (List<String> hostile : cases) {
            HttpResponse<String> refused = send("POST", "/api/v1/procurements", hostile.get(1), procurementToken);
            String what = hostile.get(0) + " in " + hostile.get(1).replaceAll("\\s+", " ");
            assertThat(refused.statusCode()).as("%s: %s", what, refused.body()).isIn(400, 422);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
            JsonNode problem = json.readTree(refused.body());
            assertThat(problem.get("errors")
                            .valueStream()
                            .map(e -> e.get("field").asString()))
                    .as(what)
                    .anySatisfy(field -> assertThat(field).startsWith(hostile.get(0)));
            assertThat(problem.get("errors")
                            .valueStream()
                            .map(e -> e.get("message").asString()))
                    .as(what)
                    .allSatisfy(message -> assertThat(message).containsPattern("[æøåÆØÅ]|\\b(ikke|Skriv|skal)\\b"));
        }
        assertThat(send("GET", "/api/v1/procurements/" + reference, null, procurementToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/procurements", valid, procurementToken).statusCode())
                .as("the same body without the hostile value is fine")
                .isEqualTo(201);
    }

    @Test
    void statusChangesFollowTheLifeCycleRules() throws Exception {
        String reference = OpenDataFixture.reference();
        send("POST", "/api/v1/procurements", body(reference, ""), procurementToken);
        send("POST", "/api/v1/procurements/" + reference + "/publish", null, procurementToken);

        HttpResponse<String> noReason = send(
                "POST",
                "/api/v1/procurements/" + reference + "/status",
                "{\"status\": \"CANCELLED\"}",
                procurementToken);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(json.readTree(noReason.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("Skriv en kort begrundelse, som vises offentligt.");
        assertThat(send(
                                "POST",
                                "/api/v1/procurements/" + reference + "/status",
                                "{\"status\": \"DONE\"}",
                                procurementToken)
                        .statusCode())
                .isEqualTo(422);
        assertThat(send("POST", "/api/v1/procurements/" + reference + "/publish", null, procurementToken)
                        .statusCode())
                .as("already published")
                .isEqualTo(422);
        assertThat(send("POST", "/api/v1/procurements/NO-SUCH-REF/publish", null, procurementToken)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void publicListIsPagedAndRejectsPagesOutOfRange() throws Exception {
        HttpResponse<String> page = send("GET", "/api/v1/procurements?page=1&size=2", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(page.body());
        assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
        assertThat(body.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(body.get("items").valueStream().map(i -> i.get("status").asString()))
                .doesNotContain("DRAFT");

        HttpResponse<String> tooLarge = send("GET", "/api/v1/procurements?size=500", null, null);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLarge.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("Skriv et antal pr. side mellem 1 og 100.");
        assertThat(send("GET", "/api/v1/procurements?page=abc", null, null).statusCode())
                .isEqualTo(400);
    }

    private boolean listedPublicly(String reference) throws Exception {
        for (int page = 1; ; page++) {
            JsonNode body = json.readTree(send("GET", "/api/v1/procurements?size=100&page=" + page, null, null)
                    .body());
            if (body.get("items")
                    .valueStream()
                    .anyMatch(i -> i.get("reference").asString().equals(reference))) {
                return true;
            }
            if (page >= body.get("page").get("totalPages").asInt()) {
                return false;
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> send(String method, String path, String body, String token, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
