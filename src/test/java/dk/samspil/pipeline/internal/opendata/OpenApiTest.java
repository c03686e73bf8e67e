package dk.samspil.pipeline.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document and Swagger UI are public; only Swagger UI's pages may use inline styles. */
class OpenApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void documentDescribesTheApisAndTheirBearerTokens() {
        HttpResponse<String> response = new Http(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(response.body());
        assertThat(document.get("paths").propertyNames())
                .contains(
                        "/api/v1/procurements",
                        "/api/v1/procurements/{reference}",
                        "/api/v1/procurements/{reference}/publish",
                        "/api/v1/procurements/{reference}/status",
                        "/api/ocds/release-package",
                        "/api/ocds/record-package",
                        "/feeds/kommende-indkob.ics",
                        "/feeds/kommende-indkob.atom");
        assertThat(document.at("/components/securitySchemes/apiToken/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.at("/paths/~1api~1v1~1procurements/post/security/0").propertyNames())
                .containsExactly("apiToken");
    }

    @Test
    void swaggerUiIsPublicAndAloneMayUseInlineStyles() {
        Http http = new Http(port);
        HttpResponse<String> redirect = http.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/swagger-ui/index.html"));

        HttpResponse<String> ui = http.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js").doesNotContainPattern("<script>[^<]");
        assertThat(ui.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("style-src 'self' 'unsafe-inline'")
                        .contains("script-src 'self';"));
        assertThat(http.get("/swagger-ui/swagger-initializer.js").statusCode()).isEqualTo(200);

        assertThat(http.get("/").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("style-src 'self';").doesNotContain("unsafe-inline"));
    }
}
