package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dk.samspil.platform.KeptUploads;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public form keeps good files across a refused try: they are shown as already attached with a signed reference,
 * used by the next try without being chosen again, removable, never found by a forged or expired reference, and
 * cleaned away when nobody comes back. A request far over the attachments' limit is turned away before it is read,
 * back to the form with a Danish message that says the limit.
 */
@AutoConfigureMockMvc
class InquiryKeptAttachmentsTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private static final Pattern KEPT = Pattern.compile("name=\"bilag\" value=\"([^\"]+)\"");
    private static final String PURPOSE = "inquiries.kept-attachment";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeptUploads keptUploads;

    @LocalServerPort
    int port;

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    private static MockMultipartHttpServletRequestBuilder send(
            String subject, String message, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/henvendelse");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("name", "Anne Hansen")
                .param("email", "anne-" + UUID.randomUUID().toString().substring(0, 8) + "@kept-test.dk")
                .param("subject", subject);
        if (message != null) {
            request.param("message", message);
        }
        request.with(csrf()).header("Accept-Language", "da");
        return request;
    }

    private MvcResult perform(MockMultipartHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return result;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> references(MvcResult result) throws Exception {
        Matcher matcher = KEPT.matcher(body(result));
        List<String> references = new java.util.ArrayList<>();
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    private long stored(String subject) {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    private List<String> attachmentsOf(String subject) {
        return jdbc.sql("""
                        SELECT a.file_name FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id
                        WHERE i.subject = :s ORDER BY a.id""").param("s", subject).query(String.class).list();
    }

    private long keptFiles() {
        return jdbc.sql("SELECT count(*) FROM import_batch WHERE purpose = :p")
                .param("p", PURPOSE)
                .query(Long.class)
                .single();
    }

    @Test
    void goodFilesOfARefusedTryAreKeptAndUsedByTheNextTry() throws Exception {
        String subject = "Tegninger igen " + UUID.randomUUID();
        long keptBefore = keptFiles();
        MvcResult refused = perform(send(subject, null, file("tegning.pdf", PDF), file("foto.png", PNG)), 422);
        assertThat(body(refused))
                .contains("Skriv henvendelsen.", "Allerede vedhæftet", "tegning.pdf (1 kB)", "foto.png");
        List<String> references = references(refused);
        assertThat(references).hasSize(2);
        assertThat(stored(subject)).isZero();
        assertThat(keptFiles()).isEqualTo(keptBefore + 2);

        // still missing a field: the kept files stay kept and are shown again
        MvcResult again = perform(send(subject, null).param("bilag", references.toArray(String[]::new)), 422);
        assertThat(references(again)).containsExactlyElementsOf(references);

        perform(
                send(subject, "Se de vedhæftede tegninger.", file("brev.pdf", PDF))
                        .param("bilag", references.toArray(String[]::new)),
                302);
        assertThat(stored(subject)).isEqualTo(1);
        assertThat(attachmentsOf(subject)).containsExactly("tegning.pdf", "foto.png", "brev.pdf");
        assertThat(keptFiles()).isEqualTo(keptBefore);
        assertThat(jdbc.sql("""
                        SELECT a.content FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id
                        WHERE i.subject = :s AND a.file_name = 'tegning.pdf'""").param("s", subject).query(byte[].class).single())
                .isEqualTo(PDF);
    }

    @Test
    void aBadFileIsRefusedWhileTheGoodOnesAreKeptAndAKeptFileCanBeRemoved() throws Exception {
        String subject = "Fjern bilag " + UUID.randomUUID();
        MvcResult refused = perform(
                send(subject, "Se bilag.", file("tegning.pdf", PDF), file("faktura.pdf", "tekst".getBytes())), 422);
        assertThat(body(refused)).contains("Filen faktura.pdf er ikke en PDF", "Allerede vedhæftet", "tegning.pdf");
        List<String> references = references(refused);
        assertThat(references).hasSize(1);

        perform(
                send(subject, "Se bilag.").param("bilag", references.get(0)).param("fjernBilag", references.get(0)),
                302);
        assertThat(stored(subject)).isEqualTo(1);
        assertThat(attachmentsOf(subject)).isEmpty();
        UUID id = UUID.fromString(new String(
                        java.util.Base64.getUrlDecoder()
                                .decode(references
                                        .get(0)
                                        .substring(0, references.get(0).indexOf('.'))),
                        StandardCharsets.UTF_8)
                .split("\\|")[2]);
        assertThat(keptUploads.find(PURPOSE, id, "public-inquiry-form")).isEmpty();
    }

    @Test
    void keptAndNewFilesCountTogetherAgainstTheLimits() throws Exception {
        String subject = "Mange bilag " + UUID.randomUUID();
        MvcResult refused = perform(send(subject, null, file("a.pdf", PDF), file("b.pdf", PDF)), 422);
        List<String> references = references(refused);
        MvcResult tooMany = perform(
                send(subject, "Fire bilag.", file("c.pdf", PDF), file("d.pdf", PDF))
                        .param("bilag", references.toArray(String[]::new)),
                422);
        assertThat(body(tooMany)).contains("Vedhæft højst 3 filer.");
        // the new ones are not kept, the earlier ones still are
        assertThat(references(tooMany)).containsExactlyElementsOf(references);

        byte[] large = new byte[9 * 1024 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        MvcResult first = perform(send(subject, null, file("stor.pdf", large)), 422);
        MvcResult tooLarge = perform(
                send(subject, "For store bilag.", file("stor2.pdf", large))
                        .param("bilag", references(first).get(0)),
                422);
        assertThat(body(tooLarge)).contains("mere end 10 MB");
        assertThat(stored(subject)).isZero();
    }

    @Test
    void aForgedOrExpiredReferenceFindsNothing() throws Exception {
        String subject = "Falsk bilag " + UUID.randomUUID();
        UUID someoneElses = keptUploads.keep(PURPOSE, "public-inquiry-form", "hemmelig.pdf", PDF, Duration.ofHours(1));
        String unsigned = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("1|" + Instant.now().plusSeconds(3600).getEpochSecond() + "|" + someoneElses)
                                .getBytes(StandardCharsets.UTF_8))
                + ".AAAA";
        for (String forged : List.of(unsigned, someoneElses.toString(), "x.y")) {
            MvcResult refused = perform(send(subject, "Med falsk bilag.").param("bilag", forged), 422);
            assertThat(body(refused))
                    .contains("Et bilag, du vedhæftede i et tidligere forsøg, er ikke gemt længere")
                    .doesNotContain("hemmelig.pdf");
        }
        assertThat(stored(subject)).isZero();
        assertThat(keptUploads.find(PURPOSE, someoneElses, "public-inquiry-form"))
                .isPresent();

        // a genuine reference whose file has expired (and been cleaned away) is gone too
        MvcResult kept = perform(send(subject, null, file("tegning.pdf", PDF)), 422);
        String reference = references(kept).get(0);
        jdbc.sql("UPDATE import_batch SET expires_at = :past WHERE purpose = :p")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1)))
                .param("p", PURPOSE)
                .update();
        assertThat(keptUploads.deleteExpired()).isGreaterThanOrEqualTo(2);
        assertThat(keptFiles()).isZero();
        MvcResult gone = perform(send(subject, "Nu med tekst.").param("bilag", reference), 422);
        assertThat(body(gone)).contains("er ikke gemt længere. Vælg filen igen.");
        assertThat(stored(subject)).isZero();
    }

    /** A multipart body as a browser sends it: one field and one file of {@code fileBytes} bytes. */
    private static byte[] multipartBody(String boundary, int fileBytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(fileBytes + 1024);
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nStore bilag\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"stor.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(PDF);
        out.write(new byte[fileBytes - PDF.length]);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aRequestFarOverTheLimitGoesBackToTheFormWithADanishMessage() throws Exception {
        for (int megabytes : List.of(12, 26)) {
            String boundary = "----samspil" + UUID.randomUUID();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/henvendelse"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, megabytes * 1024 * 1024)))
                    .build();
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%d MB", megabytes).isEqualTo(303);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/henvendelse?fejl=stor"));
        }
        MvcResult page = mvc.perform(get("/henvendelse?fejl=stor").header("Accept-Language", "da"))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(413);
        assertThat(body(page))
                .contains("id=\"error-summary\"", "Bilagene fylder mere end 10 MB tilsammen", "Intet er gemt.")
                .contains("<form");
        assertThat(mvc.perform(get("/henvendelse")).andReturn().getResponse().getContentAsString())
                .doesNotContain("error-summary");
    }
}
