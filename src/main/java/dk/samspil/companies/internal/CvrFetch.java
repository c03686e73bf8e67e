package dk.samspil.companies.internal;

import dk.samspil.companies.CompaniesProperties;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nightly fetch of the municipality's companies from the CVR system-to-system service (the Danish Business
 * Authority's Elasticsearch, with basic authentication): a scrolled {@code _search} for the companies with an address
 * in the municipality, each page read by the same streaming parser and imported like a file. Off unless
 * {@code samspil.companies.cvr.url}, {@code username} and {@code password} are set.
 */
@Component
class CvrFetch {

    /** Who the import record names for the fetch. */
    static final String BY = "cvr-fetch";

    private static final Logger log = LoggerFactory.getLogger(CvrFetch.class);
    private static final String SCROLL = "5m";
    private static final String MUNICIPALITY_FIELD = "Vrvirksomhed.beliggenhedsadresse.kommune.kommuneKode";

    private final CvrImport imports;
    private final CompaniesProperties properties;
    private final OrganisationService organisation;
    private final JsonMapper json;

    CvrFetch(CvrImport imports, CompaniesProperties properties, OrganisationService organisation, JsonMapper json) {
        this.imports = imports;
        this.properties = properties;
        this.organisation = organisation;
        this.json = json;
    }

    @Scheduled(cron = "${samspil.companies.cvr.cron:0 30 2 * * *}")
    void nightly() {
        if (!properties.cvr().configured()) {
            return;
        }
        try {
            fetch().ifPresent(report -> log.info(
                    "CVR fetch: {} created, {} changed, {} unchanged, {} refused",
                    report.count(CvrImport.Outcome.CREATED),
                    report.count(CvrImport.Outcome.CHANGED),
                    report.count(CvrImport.Outcome.UNCHANGED),
                    report.count(CvrImport.Outcome.REFUSED)));
        } catch (IOException | RuntimeException e) {
            log.warn("CVR fetch failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fetches and imports; empty when no municipality code is known. Throws when the service answers with an error. */
    Optional<CvrImport.Report> fetch() throws IOException, InterruptedException {
        CompaniesProperties.Cvr cvr = properties.cvr();
        List<Integer> codes = municipalityCodes();
        if (codes.isEmpty() || !cvr.configured()) {
            log.warn("CVR fetch skipped: no municipality code (samspil.companies.cvr.municipality-codes or the "
                    + "municipality's own under administration)");
            return Optional.empty();
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(cvr.timeout()).build();
        String authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((cvr.username() + ":" + cvr.password()).getBytes(StandardCharsets.UTF_8));
        URI search = URI.create(cvr.url() + (cvr.url().contains("?") ? "&" : "?") + "scroll=" + SCROLL);
        URI scroll = URI.create(cvr.url()).resolve("/_search/scroll");
        String[] lastScrollId = new String[1];
        // the first page is asked for before the import is recorded, so a refused login records nothing
        byte[] first = post(client, authorization, search, query(codes, cvr.pageSize()), "POST");
        try {
            return Optional.of(imports.importFrom(
                    (documents, sink) -> {
                        byte[] page = first;
                        while (true) {
                            Page info = page(page);
                            lastScrollId[0] = info.scrollId();
                            if (info.hits() == 0) {
                                return;
                            }
                            documents.read(new ByteArrayInputStream(page), sink);
                            if (info.scrollId() == null || info.hits() < cvr.pageSize()) {
                                return;
                            }
                            page = post(
                                    client,
                                    authorization,
                                    scroll,
                                    json.writeValueAsString(Map.of("scroll", SCROLL, "scroll_id", info.scrollId())),
                                    "POST");
                        }
                    },
                    CvrImport.Origin.CVR_FETCH,
                    BY,
                    search.getHost()));
        } finally {
            if (lastScrollId[0] != null) {
                clear(client, authorization, scroll, lastScrollId[0]);
            }
        }
    }

    private List<Integer> municipalityCodes() {
        List<String> configured = properties.cvr().municipalityCodes();
        List<String> codes = configured.isEmpty()
                ? organisation.municipality().map(Municipality::municipalityCode).stream()
                        .toList()
                : configured;
        return codes.stream()
                .filter(code -> code != null && code.strip().matches("[0-9]{1,3}"))
                .map(code -> Integer.valueOf(code.strip()))
                .toList();
    }

    /** The companies with an address in one of the municipalities, in index order (the cheapest for scrolling). */
    private String query(List<Integer> codes, int size) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", size);
        body.put("_source", List.of("Vrvirksomhed"));
        body.put(
                "query", Map.of("bool", Map.of("filter", List.of(Map.of("terms", Map.of(MUNICIPALITY_FIELD, codes))))));
        body.put("sort", List.of("_doc"));
        return json.writeValueAsString(body);
    }

    /** A page's scroll id and number of hits, read without building the page's documents. */
    private record Page(@Nullable String scrollId, int hits) {}

    private Page page(byte[] page) {
        String scrollId = null;
        int hits = 0;
        try (JsonParser parser = json.createParser(page)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CvrDocuments.NotACvrFile();
            }
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if ("_scroll_id".equals(field) && value == JsonToken.VALUE_STRING) {
                    scrollId = parser.getString();
                } else if ("hits".equals(field) && value == JsonToken.START_OBJECT) {
                    for (String inner = parser.nextName(); inner != null; inner = parser.nextName()) {
                        JsonToken innerValue = parser.nextToken();
                        if ("hits".equals(inner) && innerValue == JsonToken.START_ARRAY) {
                            while (parser.nextToken() == JsonToken.START_OBJECT) {
                                hits++;
                                parser.skipChildren();
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Page(scrollId, hits);
    }

    private byte[] post(HttpClient client, String authorization, URI uri, String body, String method)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.cvr().timeout())
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("The CVR service answered " + response.statusCode() + " for " + uri.getPath());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching from the CVR service", e);
        }
    }

    /** Frees the service's scroll context; a failure here only costs the service a few minutes of memory. */
    private void clear(HttpClient client, String authorization, URI scroll, String scrollId) {
        try {
            post(
                    client,
                    authorization,
                    scroll,
                    json.writeValueAsString(Map.of("scroll_id", List.of(scrollId))),
                    "DELETE");
        } catch (IOException | RuntimeException e) {
            log.debug("Could not clear the CVR scroll: {}", e.getMessage());
        }
    }
}
