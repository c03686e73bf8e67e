package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/** What a browser or scraper sees on the wire: security headers, cookies, error pages and the operator endpoints. */
@TestPropertySource(properties = "samspil.metrics-token=" + SecurityHeadersTest.METRICS_TOKEN)
class SecurityHeadersTest extends IntegrationTest {

    static final String METRICS_TOKEN = "metrics-token-for-tests-0123456789";

    private static final String HTML = "text/html,application/xhtml+xml";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Http http() {
        return new Http(port);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> response = http().get("/", "Accept", HTML);

        assertThat(response.statusCode()).isEqualTo(200);
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scriptSources = List.of(policy.split(";")).stream()
                .map(String::trim)
                .filter(directive -> directive.startsWith("script-src"))
                .findFirst()
                .orElseThrow();
        assertThat(scriptSources).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void pagesNameTheirIconWhichAnyoneMayFetch() {
        assertThat(http().get("/", "Accept", HTML).body()).contains("rel=\"icon\"", "/img/favicon.svg");

        HttpResponse<String> icon = http().get("/img/favicon.svg", "Accept", "image/*");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> response = http().get("/login", "Accept", HTML);

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void formWithoutCsrfTokenIsRefusedWithAnExplanation() {
        HttpResponse<String> response = http().post(
                        "/login",
                        "application/x-www-form-urlencoded",
                        "username=someone%40example.dk&password=x",
                        "Accept",
                        HTML);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(danish("error.csrf.detail")).doesNotContain("Exception", "at org.");
    }

    @Test
    void missingPageIsADanishPageWithoutInternals() {
        HttpResponse<String> response = http().get("/css/findes-ikke.css", "Accept", HTML);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("lang=\"da\"", danish("error.404.heading"), danish("error.404.detail"))
                .doesNotContain("Exception", "at org.", "No static resource");
    }

    @Test
    void apiErrorsStayProblemDetails() {
        HttpResponse<String> response = http().get(
                        "/api/v1/findes-ikke",
                        "Authorization",
                        "Bearer " + METRICS_TOKEN,
                        "Accept",
                        "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    /** A mistyped address (here with ø, which the real route spells o) is no reason to ask a visitor to log in. */
    @ParameterizedTest
    @ValueSource(strings = {"/kommende-indk%C3%B8b", "/foo/bar", "/findes-ikke?q=tag&token=a.b"})
    void unknownAddressesAreADanishPageNotFoundForAnonymousVisitors(String path) {
        HttpResponse<String> response = http().get(path, "Accept", HTML);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertSecurityHeaders(path, response.headers()::firstValue);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for a stranger")
                .isEmpty();
        assertThat(response.body())
                .contains("lang=\"da\"", "<h1>" + danish("error.404.heading") + "</h1>", danish("error.404.detail"))
                .contains(
                        "<form action=\"/kommende-indkob\" method=\"get\" role=\"search\"",
                        "name=\"q\"",
                        danish("pipeline.public.search.label"))
                .contains(
                        "<a href=\"/kommende-indkob\">" + danish("nav.pipeline.public") + "</a>",
                        "<a href=\"/\">" + danish("error.home") + "</a>")
                .doesNotContain("Exception", "at org.", "No endpoint");
        if (path.contains("?")) {
            assertThat(response.body())
                    .as("the language switch keeps the address")
                    .contains("href=\"?q=tag&amp;token=a.b&amp;lang=en\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/intern/ukendt", "/intern", "/admin/x", "/konto/ukendt", "/intern/indkoeb"})
    void addressesInTheStaffAreasAskForALoginWhetherTheyExistOrNot(String path) {
        HttpResponse<String> response = http().get(path, "Accept", HTML);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /**
     * The API's routes are public knowledge (its OpenAPI description), so an unknown one is a 404 problem for
     * anyone; the operator endpoints keep theirs to themselves.
     */
    @Test
    void unknownApiAddressesAreAProblemNotFoundForAnonymousClientsToo() {
        assertDanishProblem(http().get("/api/v1/nope", "Accept", "application/json"), 404);
        assertThat(http().get("/api/v1/nope").body()).contains("\"instance\":\"/api/v1/nope\"");
        assertThat(http().get("/api/v1/nope", "Accept-Language", "en").body())
                .contains(messages.getMessage("error.404.detail", null, Locale.ENGLISH));

        assertThat(http().get("/api/v1/me", "Accept", "application/json").statusCode())
                .as("a known route keeps its rule")
                .isEqualTo(401);
        assertThat(http().get("/actuator/nope").statusCode()).isEqualTo(401);
    }

    @Test
    void healthIsPublicAndShowsOnlyTheStatus() {
        HttpResponse<String> response = http().get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(http().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedTheMetricsToken() {
        assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/prometheus", "Authorization", "Bearer wrong-token")
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> response = http().get("/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void requestsTomcatRejectsBeforeTheApplicationGetADanishPageWithTheSecurityHeaders() {
        Http http = http();
        List<String> requests = List.of(
                "GET /kommende-indkob/a%2Fb HTTP/1.1",
                "GET /kommende-indkob/a|b HTTP/1.1",
                "GET /kommende-indkob?q=<script> HTTP/1.1",
                "GET /" + "a".repeat(9_000) + " HTTP/1.1",
                "GET / HTTP/1.1\r\nX-Stor: " + "b".repeat(9_000));

        for (String request : requests) {
            Http.RawResponse response = http.raw(request);
            String what = request.substring(0, Math.min(60, request.length()));
            assertThat(response.status()).as(what).isEqualTo(400);
            assertSecurityHeaders(what, response::header);
            assertThat(response.header("Content-Type"))
                    .as(what)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body())
                    .as(what)
                    .contains("lang=\"da\"", danish("error.400.heading"), danish("error.400.detail"))
                    .doesNotContain("Tomcat", "HTTP Status", "<script>", "Exception");
        }
    }

    @Test
    void apiRequestsTomcatRejectsGetDanishProblemDetails() {
        Http.RawResponse response = http().raw("GET /api/v1/procurements/a%2Fb HTTP/1.1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400", danish("error.400.detail"));
        assertSecurityHeaders("API", response::header);
    }

    @Test
    void requestsTheFirewallRejectsGetTheDanishPageWithTheSecurityHeaders() {
        HttpResponse<String> page = http().get("/kommende-indkob;jsessionid=x", "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("lang=\"da\"", danish("error.400.detail"));
        assertSecurityHeaders("page", name -> page.headers().firstValue(name));

        HttpResponse<String> api = http().get("/api/v1/procurements;x=1", "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains(danish("error.400.detail"));
        assertSecurityHeaders("API", name -> api.headers().firstValue(name));
    }

    @Test
    void everyApiErrorIsADanishProblemDetail() {
        String bearer = "Bearer " + METRICS_TOKEN;
        assertDanishProblem(http().get("/api/v1/procurements", "Accept", "application/xml"), 406);
        assertDanishProblem(
                http().post("/api/v1/subscriptions", "text/plain", "hej", "Accept", "application/json"), 415);
        assertDanishProblem(
                http().send("DELETE", "/api/v1/me", "Authorization", bearer, "Accept", "application/json"), 405);
        assertDanishProblem(
                http().post(
                                "/api/v1/subscriptions",
                                "multipart/form-data; boundary=graense",
                                multipart("graense", 21 * 1024 * 1024),
                                "Accept",
                                "application/json"),
                413);

        HttpResponse<String> english =
                http().get("/api/v1/procurements", "Accept", "application/xml", "Accept-Language", "en");
        assertThat(english.body()).contains(messages.getMessage("error.406.detail", null, Locale.ENGLISH));
    }

    private void assertDanishProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status").isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as("%d", status)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Content-Language"))
                .as("%d", status)
                .contains("da");
        assertThat(response.body())
                .as("%d", status)
                .contains("\"status\":" + status, danish("error." + status + ".detail"))
                .doesNotContain(
                        "Exception", "is not supported", "not allowed", "Acceptable representations", "Maximum upload");
    }

    private static void assertSecurityHeaders(String what, Function<String, Optional<String>> header) {
        assertThat(header.apply("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(header.apply("X-Frame-Options")).as(what).contains("DENY");
        assertThat(header.apply("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(header.apply("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
    }

    private static String multipart(String boundary, int size) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(size) + "\r\n--" + boundary + "--\r\n";
    }

    private String danish(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }
}
