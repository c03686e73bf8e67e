package dk.samspil.pipeline.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.Prerequisite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both OCDS packages, produced from entries made through the service, are valid against the official OCDS 1.1.5
 * schemas in ../shared/standards (not copied into this repository).
 */
@AutoConfigureMockMvc
@WithMockUser(username = "indkoeber@test.dk", roles = "PROCUREMENT")
class OcdsSchemaTest extends IntegrationTest {

    private static final String SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/";

    static Path schemas;

    @Autowired
    ProcurementService service;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    static Prerequisite schemasFound;

    /**
     * The schemas live in {@code ../shared/standards/ocds-1.1.5} next to the project; from a git worktree deeper
     * down the same folder is found by looking further up. Without them the packages cannot be checked: that fails
     * the build in CI, and skips these tests, with the reason, elsewhere.
     */
    @BeforeAll
    static void locateSchemas() {
        Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = project.getParent(); dir != null && schemas == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/standards/ocds-1.1.5");
            if (Files.isRegularFile(candidate.resolve("release-schema.json"))) {
                schemas = candidate;
            }
        }
        schemasFound = Prerequisite.check(
                schemas != null,
                "the OCDS 1.1.5 schemas (release-schema.json) were not "
                        + "found in ../shared/standards/ocds-1.1.5 or further up from " + project
                        + "; see shared/standards/README.md");
    }

    @BeforeEach
    void requireSchemas() {
        schemasFound.assume();
    }

    @Test
    void releasePackageIsValidAndTagsFollowTheLifeCycle() throws Exception {
        String tendered = OpenDataFixture.publishedChangedAndTendered(service);
        String cancelled = OpenDataFixture.publishedAndCancelled(service);

        String body = mvc.perform(get("/api/ocds/release-package"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(errors("release-package-schema.json", body)).isEmpty();
        assertThat(errors(
                        "release-package-schema.json", body.replace("\"tag\":[\"planning\"]", "\"tag\":[\"planned\"]")))
                .as("the validator really checks releases against the release schema")
                .isNotEmpty();
        JsonNode releases = json.readTree(body).get("releases");
        assertThat(releasesOf(releases, tendered))
                .extracting(r -> r.get("tag").get(0).asString())
                .containsExactly("planning", "planningUpdate", "tender");
        JsonNode tender = releasesOf(releases, tendered).get(2).get("tender");
        assertThat(tender.get("status").asString()).isEqualTo("active");
        assertThat(tender.get("items")
                        .get(0)
                        .get("classification")
                        .get("scheme")
                        .asString())
                .isEqualTo("CPV");
        assertThat(tender.get("items")
                        .get(0)
                        .get("classification")
                        .get("description")
                        .asString())
                .isNotBlank();
        assertThat(tender.get("lots")).hasSize(2);
        assertThat(releasesOf(releases, tendered)
                        .get(0)
                        .get("planning")
                        .get("budget")
                        .get("amount")
                        .get("amount")
                        .asInt())
                .isEqualTo(4_500_000);
        assertThat(releasesOf(releases, cancelled))
                .extracting(r -> r.get("tag").get(0).asString())
                .containsExactly("planning", "planningUpdate");
        assertThat(releasesOf(releases, cancelled)
                        .get(1)
                        .get("tender")
                        .get("status")
                        .asString())
                .isEqualTo("cancelled");
    }

    @Test
    void recordPackageIsValidWithOneRecordPerOcid() throws Exception {
        String tendered = OpenDataFixture.publishedChangedAndTendered(service);

        String body = mvc.perform(get("/api/ocds/record-package"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(errors("record-package-schema.json", body)).isEmpty();
        List<JsonNode> records = json.readTree(body)
                .get("records")
                .valueStream()
                .filter(r -> r.get("ocid").asString().endsWith("-" + tendered))
                .toList();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("releases")).hasSize(3);
            assertThat(record.get("compiledRelease").get("tag").get(0).asString())
                    .isEqualTo("compiled");
            assertThat(record.get("compiledRelease").get("tender").get("status").asString())
                    .isEqualTo("active");
        });
    }

    private static List<JsonNode> releasesOf(JsonNode releases, String reference) {
        return releases.valueStream()
                .filter(r -> r.get("ocid").asString().endsWith("-" + reference))
                .toList();
    }

    private static Set<ValidationMessage> errors(String schemaFile, String body) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(
                        mappers -> mappers.mapPrefix(SCHEMA_URL, schemas.toUri().toString())));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(SchemaLocation.of(SCHEMA_URL + schemaFile), config);
        return schema.validate(body, InputFormat.JSON);
    }
}
