package dk.samspil.companies;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Roles;
import dk.samspil.support.ApiTokensFromDatabase;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company API over real HTTP with API tokens of each role: search with filters and paging, adding a company
 * (check digit, duplicate, role), writing a visit with participants and follow-ups within what the author's
 * organisation may share, and the timeline with exactly the notes the caller's organisation may read (reads logged).
 * Bad input is answered with RFC 9457 problems in Danish and stores nothing.
 */
class CompanyApiTest extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private String consultant;
    private String caseworker;
    private String jobcentre;
    private String procurement;
    private String admin;
    private String word;

    @BeforeEach
    void tokens() {
        consultant = ApiTokensFromDatabase.userWithToken(jdbc, Roles.CONSULTANT);
        caseworker = ApiTokensFromDatabase.userWithToken(jdbc, Roles.CASEWORKER);
        jobcentre = ApiTokensFromDatabase.userWithToken(jdbc, Roles.JOBCENTER);
        procurement = ApiTokensFromDatabase.userWithToken(jdbc, Roles.PROCUREMENT);
        admin = ApiTokensFromDatabase.userWithToken(jdbc, Roles.ADMIN);
        Random random = new Random();
        StringBuilder unique = new StringBuilder("zx");
        for (int i = 0; i < 8; i++) {
            unique.append((char) ('a' + random.nextInt(26)));
        }
        word = unique.toString();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "da")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "da")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String newCompany(String name, String industry, String municipality) throws Exception {
        String cvr = CvrNumbers.random();
        HttpResponse<String> created =
                post("/api/v1/companies", consultant, """
                {"cvr": "DK %s", "name": "%s", "city": "Slagelse", "postalCode": "4200",
                 "municipalityCode": "%s", "industryCode": "%s", "industryText": "Tømrerarbejde"}""".formatted(cvr, name, municipality, industry));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/companies/" + cvr);
        return cvr;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void companiesAreAddedOnceByTheBusinessCentreAndFoundWithFiltersAndPages() throws Exception {
        String carpenter = newCompany(word + " Tømrerfirma ApS", "433200", "330");
        String other = newCompany(word + " Snedkeri ApS", "162300", "360");

        HttpResponse<String> duplicate =
                post("/api/v1/companies", admin, "{\"cvr\": \"" + carpenter + "\", \"name\": \"Igen\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(duplicate.body()).contains("findes allerede i registret");
        String wrongDigit = carpenter.substring(0, 7) + ((carpenter.charAt(7) - '0' + 1) % 10);
        HttpResponse<String> badDigit =
                post("/api/v1/companies", consultant, "{\"cvr\": \"" + wrongDigit + "\", \"name\": \"X\"}");
        assertThat(badDigit.statusCode()).isEqualTo(422);
        assertThat(badDigit.body()).contains("Kontrolcifferet passer ikke", "\"field\":\"cvr\"");
        HttpResponse<String> noName =
                post("/api/v1/companies", consultant, "{\"cvr\": \"" + CvrNumbers.random() + "\"}");
        assertThat(noName.statusCode()).isEqualTo(422);
        assertThat(noName.body()).contains("Skriv virksomhedens navn.");
        assertThat(post("/api/v1/companies", caseworker, "{\"cvr\": \"" + CvrNumbers.random() + "\", \"name\": \"X\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/companies", consultant, "{\"cvr\": ").statusCode())
                .isEqualTo(400);
        assertThat(count("SELECT count(*) FROM company WHERE cvr = '" + wrongDigit + "'"))
                .isZero();

        for (String token : new String[] {consultant, caseworker, jobcentre, procurement, admin}) {
            HttpResponse<String> found = get("/api/v1/companies?q=" + word + "&size=1", token);
            assertThat(found.statusCode()).isEqualTo(200);
            JsonNode page = json.readTree(found.body());
            assertThat(page.get("query").asString()).isEqualTo(word);
            assertThat(page.get("total").asLong()).isEqualTo(2);
            assertThat(page.get("size").asInt()).isEqualTo(1);
            assertThat(page.get("companies")).hasSize(1);
        }
        JsonNode second = json.readTree(get("/api/v1/companies?q=" + word + "&size=1&page=1", caseworker)
                .body());
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("companies").get(0).get("cvr").asString())
                .as("by name: Snedkeri, then Tømrerfirma")
                .isEqualTo(carpenter);
        JsonNode byIndustry = json.readTree(
                get("/api/v1/companies?q=" + word + "&industry=43", consultant).body());
        assertThat(byIndustry
                        .get("companies")
                        .valueStream()
                        .map(c -> c.get("cvr").asString()))
                .containsExactly(carpenter);
        JsonNode byArea = json.readTree(get("/api/v1/companies?q=" + word + "&municipalityCode=360", consultant)
                .body());
        assertThat(byArea.get("companies").valueStream().map(c -> c.get("cvr").asString()))
                .containsExactly(other);
        JsonNode stemmed = json.readTree(get("/api/v1/companies?q=" + word + "%20t%C3%B8mrere", consultant)
                .body());
        assertThat(stemmed.get("companies").valueStream().map(c -> c.get("cvr").asString()))
                .contains(carpenter);

        HttpResponse<String> badSize = get("/api/v1/companies?q=" + word + "&size=500", consultant);
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.body()).contains("size som et tal fra 1 til 200");
        assertThat(get("/api/v1/companies?page=x", consultant).statusCode()).isEqualTo(400);
        HttpResponse<String> badIndustry = get("/api/v1/companies?industry=4x", consultant);
        assertThat(badIndustry.statusCode()).isEqualTo(400);
        assertThat(badIndustry.body()).contains("\"field\":\"industry\"", "branchekoden");
        assertThat(json.readTree(get("/api/v1/companies/" + carpenter, procurement)
                                .body())
                        .get("name")
                        .asString())
                .isEqualTo(word + " Tømrerfirma ApS");
    }

    @Test
    void aVisitIsWrittenWithinTheAuthorsSharingAndTheTimelineShowsItOnlyToThoseItIsSharedWith() throws Exception {
        String cvr = newCompany(word + " Værksted ApS", "331200", "330");
        String owner = "api-ejer-" + UUID.randomUUID().toString().substring(0, 8) + "@sec.dk";
        long ownerId = jdbc.sql(
                        "INSERT INTO staff_user (email, name, created_at) VALUES (:e, 'Ejer', now()) RETURNING id")
                .param("e", owner)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, 'CONSULTANT')")
                .param("id", ownerId)
                .update();
        long notes = count("SELECT count(*) FROM company_note");

        HttpResponse<String> unknownTopic = post("/api/v1/companies/" + cvr + "/visits", consultant, """
                {"date": "2026-11-20", "topics": ["GROWTH", "FOO"], "notes": "x", "sharedWith": "SEC"}""");
        assertThat(unknownTopic.statusCode()).isEqualTo(422);
        assertThat(unknownTopic.body()).contains("Emnet FOO findes ikke", "\"field\":\"topics\"");
        HttpResponse<String> wider = post("/api/v1/companies/" + cvr + "/visits", caseworker, """
                {"date": "2026-11-20", "notes": "x", "sharedWith": "SEC_JOBCENTER"}""");
        assertThat(wider.statusCode()).isEqualTo(422);
        assertThat(wider.body()).contains("Din organisation må ikke dele noten sådan", "SEC_MUNICIPALITY, ALL");
        HttpResponse<String> noOwner = post("/api/v1/companies/" + cvr + "/visits", consultant, """
                {"date": "2026-11-20", "notes": "x", "sharedWith": "SEC",
                 "followUps": [{"task": "Send tilbud", "dueDate": "2031-01-10"}]}""");
        assertThat(noOwner.statusCode()).isEqualTo(422);
        assertThat(noOwner.body()).contains("Vælg hvem der har opgaven.", "\"field\":\"followUps[0].owner\"");
        HttpResponse<String> noDate = post("/api/v1/companies/" + cvr + "/visits", consultant, """
                {"notes": "x", "sharedWith": "SEC"}""");
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(noDate.body()).contains("Skriv datoen for besøget.");
        assertThat(post("/api/v1/companies/" + cvr + "/visits", procurement, """
                {"date": "2026-11-20", "notes": "x", "sharedWith": "ALL"}""")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/companies/73880891/visits", consultant, """
                {"date": "2026-11-20", "notes": "x", "sharedWith": "ALL"}""").statusCode())
                .isEqualTo(404);
        assertThat(count("SELECT count(*) FROM company_note"))
                .as("nothing stored")
                .isEqualTo(notes);

        HttpResponse<String> created = post("/api/v1/companies/" + cvr + "/visits", consultant, """
                {"date": "2026-11-20", "title": "Besøg om svejsere", "topics": ["RECRUITMENT"],
                 "notes": "Mangler to svejsere.", "sharedWith": "SEC_JOBCENTER",
                 "participants": ["Bente Bøgh"],
                 "followUps": [{"task": "Find svejsekursus", "owner": "%s", "dueDate": "2031-01-10"}]}""".formatted(owner));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();

        JsonNode forJobcentre = json.readTree(
                get("/api/v1/companies/" + cvr + "/timeline", jobcentre).body());
        JsonNode note = forJobcentre
                .get("entries")
                .valueStream()
                .filter(e -> e.get("kind").asString().equals("NOTE"))
                .findFirst()
                .orElseThrow()
                .get("note");
        assertThat(note.get("title").asString()).isEqualTo("Besøg om svejsere");
        assertThat(note.get("participants").get(0).asString()).isEqualTo("Bente Bøgh");
        assertThat(note.get("followUps").get(0).get("owner").asString()).isEqualTo(owner);
        assertThat(count("SELECT count(*) FROM company_note_read WHERE note_id = " + id
                        + " AND reader_org = 'JOB_CENTRE'"))
                .as("the job centre's read is logged")
                .isOne();

        HttpResponse<String> forCaseworker = get("/api/v1/companies/" + cvr + "/timeline", caseworker);
        assertThat(forCaseworker.statusCode()).isEqualTo(200);
        assertThat(forCaseworker.body()).doesNotContain("Besøg om svejsere");
        HttpResponse<String> forProcurement = get("/api/v1/companies/" + cvr + "/timeline", procurement);
        assertThat(forProcurement.statusCode()).isEqualTo(200);
        assertThat(forProcurement.body()).doesNotContain("Besøg om svejsere");
        assertThat(get("/api/v1/companies/" + cvr + "/timeline", consultant).body())
                .contains("Besøg om svejsere");
        assertThat(get("/api/v1/companies/73880891/timeline", consultant).statusCode())
                .isEqualTo(404);
    }
}
