package dk.samspil.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.samspil.companies.CompaniesProperties;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The nightly fetch against a local HTTP server that answers like the CVR system-to-system service: basic
 * authentication, a scrolled search on the municipality code, pages of hits in the distribution's format. The
 * companies are imported like a file and the fetch is recorded as an import; a wrong password imports nothing; without
 * settings the nightly job does nothing.
 */
class CvrFetchTest extends IntegrationTest {

    private static final List<String> FIXTURE_CVRS = List.of("20680598", "95931219", "73880890");

    @Autowired
    CvrImport cvrImport;

    @Autowired
    OrganisationService organisation;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        jdbc.sql("DELETE FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
        jdbc.sql("DELETE FROM company_import_change WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
        JsonNode hits = json.readTree(
                        Files.readString(Path.of("src/test/resources/cvr/soegesvar.json"), StandardCharsets.UTF_8))
                .get("hits")
                .get("hits");
        List<String> pages =
                List.of(page("scroll-1", hits, 0, 2), page("scroll-2", hits, 2, 3), page("scroll-3", hits, 3, 3));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cvr-permanent/virksomhed/_search", exchange -> {
            if (authorised(exchange)) {
                String body = body(exchange);
                bodies.add(body);
                answer(
                        exchange,
                        exchange.getRequestURI().getQuery() != null
                                        && exchange.getRequestURI().getQuery().contains("scroll=")
                                ? pages.get(0)
                                : "{}");
            }
        });
        server.createContext("/_search/scroll", exchange -> {
            if (authorised(exchange)) {
                String body = body(exchange);
                if ("DELETE".equals(exchange.getRequestMethod())) {
                    answer(exchange, "{\"succeeded\":true}");
                } else if (body.contains("scroll-1")) {
                    answer(exchange, pages.get(1));
                } else {
                    answer(exchange, pages.get(2));
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String page(String scrollId, JsonNode hits, int from, int to) {
        ObjectNode page = json.createObjectNode();
        page.put("_scroll_id", scrollId);
        page.put("took", 3);
        ObjectNode outer = page.putObject("hits");
        outer.put("total", hits.size());
        ArrayNode list = outer.putArray("hits");
        for (int i = from; i < to; i++) {
            list.add(hits.get(i));
        }
        return json.writeValueAsString(page);
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("samspil:hemmelig".getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"cvr\"");
            answer(exchange, 401, "{\"error\":\"unauthorized\"}");
            return false;
        }
        return true;
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        answer(exchange, 200, body);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private CvrFetch fetch(String password) {
        CompaniesProperties properties = new CompaniesProperties(
                Duration.ofDays(1826),
                Duration.ofDays(1),
                new CompaniesProperties.ImportUpload(DataSize.ofMegabytes(20), Duration.ofHours(2)),
                new CompaniesProperties.Cvr(
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/cvr-permanent/virksomhed/_search",
                        "samspil",
                        password,
                        List.of("330"),
                        "0 30 2 * * *",
                        2,
                        Duration.ofSeconds(10)),
                java.time.LocalTime.of(7, 0));
        return new CvrFetch(cvrImport, properties, organisation, json);
    }

    private long companies() {
        return jdbc.sql("SELECT count(*) FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .query(Long.class)
                .single();
    }

    @Test
    void theMunicipalitysCompaniesAreFetchedPageByPageAndImported() throws Exception {
        CvrImport.Report report = fetch("hemmelig").fetch().orElseThrow();

        assertThat(report.count(CvrImport.Outcome.CREATED)).isEqualTo(3);
        assertThat(companies()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT address FROM company WHERE cvr = '20680598'")
                        .query(String.class)
                        .single())
                .isEqualTo("Bjergbygade 21B");
        assertThat(jdbc.sql("SELECT origin || ' ' || created || ' ' || imported_by FROM company_import WHERE id = :id")
                        .param("id", report.importId())
                        .query(String.class)
                        .single())
                .isEqualTo("CVR_FETCH 3 cvr-fetch");
        // the search asks for the municipality's companies, scrolls to the last (short) page and frees the scroll
        assertThat(bodies.get(0))
                .contains("\"Vrvirksomhed.beliggenhedsadresse.kommune.kommuneKode\":[330]", "\"size\":2");
        assertThat(requests)
                .containsExactly(
                        "POST /cvr-permanent/virksomhed/_search?scroll=5m",
                        "POST /_search/scroll",
                        "DELETE /_search/scroll");

        requests.clear();
        CvrImport.Report again = fetch("hemmelig").fetch().orElseThrow();
        assertThat(again.count(CvrImport.Outcome.UNCHANGED)).isEqualTo(3);
        assertThat(again.count(CvrImport.Outcome.CREATED) + again.count(CvrImport.Outcome.CHANGED))
                .isZero();
    }

    @Test
    void aWrongPasswordImportsNothingAndWithoutSettingsTheNightlyJobDoesNothing() {
        long imports = jdbc.sql("SELECT count(*) FROM company_import")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> fetch("forkert").fetch()).hasMessageContaining("401");
        assertThat(companies()).isZero();
        CompaniesProperties unset = new CompaniesProperties(
                Duration.ofDays(1826),
                Duration.ofDays(1),
                new CompaniesProperties.ImportUpload(DataSize.ofMegabytes(20), Duration.ofHours(2)),
                new CompaniesProperties.Cvr(null, null, null, List.of(), "0 30 2 * * *", 1000, Duration.ofSeconds(10)),
                java.time.LocalTime.of(7, 0));
        new CvrFetch(cvrImport, unset, organisation, json).nightly();
        assertThat(requests).allMatch(request -> request.startsWith("POST /cvr-permanent"));
        assertThat(jdbc.sql("SELECT count(*) FROM company_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(imports);
        assertThat(new ArrayList<>(requests)).hasSize(1);
    }
}
