package dk.samspil.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 18's bad input: an executable renamed .pdf, a PDF over 5 MB, a PDF with JavaScript, a CVR number that fails
 * modulus 11 or is not in the register, a deadline in the past, an application after the deadline and the same
 * student twice each get a clear Danish answer, and nothing is stored.
 */
@AutoConfigureMockMvc
class TalentBadInputTest extends IntegrationTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TalentService talent;

    @LocalServerPort
    int port;

    private String cvr;
    private String title;

    @BeforeEach
    void company() {
        cvr = CvrNumbers.random();
        title = "Studiejob " + UUID.randomUUID();
        jdbc.sql("INSERT INTO company (cvr, name, created_at, updated_at) VALUES (:cvr, 'Test ApS', :now, :now)")
                .param("cvr", cvr)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private MockHttpServletRequestBuilder posting(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cvr", cvr);
        fields.put("contactName", "Kim Nielsen");
        fields.put("contactEmail", "kim-" + UUID.randomUUID() + "@example.dk");
        fields.put("kind", "STUDENT_JOB");
        fields.put("title", title);
        fields.put("description", "Hjælp med regnskab.");
        fields.put("fields", "BUSINESS");
        fields.put("place", "Slagelse");
        fields.put("periodStart", LocalDate.now(clock).plusDays(10).toString());
        fields.put("periodEnd", LocalDate.now(clock).plusDays(100).toString());
        fields.put("deadline", LocalDate.now(clock).plusDays(5).toString());
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/studiejob/opslag/ny").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM talent_opportunity WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    @Test
    void aGoodPostingWaitsForTheCompanysLink() throws Exception {
        mvc.perform(posting())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tjek jeres e-mail")));
        assertThat(jdbc.sql("SELECT status FROM talent_opportunity WHERE title = :title")
                        .param("title", title)
                        .query(String.class)
                        .single())
                .isEqualTo("UNCONFIRMED");
    }

    @Test
    void aCvrNumberFailingModulus11IsRefused() throws Exception {
        mvc.perform(posting("cvr", "12345678"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet passer ikke")));
        assertThat(stored()).isZero();
    }

    @Test
    void aCvrNumberNotInTheRegisterIsRefused() throws Exception {
        mvc.perform(posting("cvr", CvrNumbers.random()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("findes ikke i vores virksomhedsregister")));
        assertThat(stored()).isZero();
    }

    @Test
    void aDeadlineInThePastIsRefused() throws Exception {
        mvc.perform(posting("deadline", LocalDate.now(clock).minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ansøgningsfristen er overskredet")));
        assertThat(stored()).isZero();
    }

    // ---- applications

    private long published(LocalDate deadline) {
        return jdbc.sql("""
                        INSERT INTO talent_opportunity (company_cvr, company_name, company_known, kind, title,
                            description, fields, period_start, period_end, paid, deadline, contact_name, contact_email,
                            status, created_at, published_at)
                        VALUES (:cvr, 'Test ApS', true, 'INTERNSHIP', :title, 'Praktik', '{IT}', :start, :end, false,
                            :deadline, 'Kim', 'kim@example.dk', 'PUBLISHED', :now, :now)
                        RETURNING id""")
                .param("cvr", cvr)
                .param("title", title)
                .param("start", LocalDate.now(clock).plusDays(30))
                .param("end", LocalDate.now(clock).plusDays(90))
                .param("deadline", deadline)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private MockMultipartHttpServletRequestBuilder application(long id, String email, String fileName, byte[] cv) {
        MockMultipartHttpServletRequestBuilder request = multipart("/studiejob/" + id + "/ansoeg")
                .file(new MockMultipartFile("cv", fileName, "application/pdf", cv));
        request.param("name", "Sara Jensen").param("email", email).param("message", "Jeg vil gerne.");
        return (MockMultipartHttpServletRequestBuilder) request.with(csrf());
    }

    private long applications(long id) {
        return jdbc.sql("SELECT count(*) FROM talent_application WHERE opportunity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void anExecutableRenamedPdfIsRefused() throws Exception {
        long id = published(LocalDate.now(clock).plusDays(10));
        byte[] exe = Arrays.copyOf(
                "MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 400);
        mvc.perform(application(id, "sara@example.dk", "cv.pdf", exe))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ikke en PDF")));
        assertThat(applications(id)).isZero();
    }

    @Test
    void aPdfOverFiveMegabytesIsRefused() throws Exception {
        long id = published(LocalDate.now(clock).plusDays(10));
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        mvc.perform(application(id, "sara@example.dk", "cv.pdf", big))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("højst 5 MB")));
        assertThat(applications(id)).isZero();
    }

    @Test
    void aRequestOverTheMultipartLimitGetsTheDanishMessageNotAnErrorPage() throws Exception {
        long id = published(LocalDate.now(clock).plusDays(10));
        String boundary = "----samspil" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nSara Jensen\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Arrays.copyOf(PDF, 26 * 1024 * 1024));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/studiejob/" + id + "/ansoeg"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(PublicTalentController.TOO_LARGE));
        mvc.perform(get(PublicTalentController.TOO_LARGE).header("Accept-Language", "da"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("højst være 5 MB")));
        assertThat(applications(id)).isZero();
    }

    @Test
    void aPdfWithJavaScriptIsRefusedNotStripped() throws Exception {
        long id = published(LocalDate.now(clock).plusDays(10));
        byte[] script = "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        mvc.perform(application(id, "sara@example.dk", "cv.pdf", script))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("indeholder JavaScript")))
                .andExpect(content().string(containsString("vi fjerner det ikke")));
        assertThat(applications(id)).isZero();
    }

    @Test
    void anApplicationAfterTheDeadlineIsRefused() throws Exception {
        long id = published(LocalDate.now(clock).minusDays(1));
        mvc.perform(application(id, "sara@example.dk", "cv.pdf", PDF))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ansøgningsfristen er overskredet")));
        assertThat(applications(id)).isZero();
    }

    @Test
    void theSameStudentTwiceIsRefusedAndTheCvIsKeptEncrypted() throws Exception {
        long id = published(LocalDate.now(clock).plusDays(10));
        String email = "sara-" + UUID.randomUUID() + "@example.dk";
        mvc.perform(application(id, email, "cv.pdf", PDF))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ansøgningen er sendt")));
        mvc.perform(application(id, email.toUpperCase(), "andet.pdf", PDF))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("allerede søgt")));
        assertThat(applications(id)).isEqualTo(1);
        long applicationId = jdbc.sql("SELECT id FROM talent_application WHERE opportunity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        byte[] stored = jdbc.sql("SELECT cv_encrypted FROM talent_application WHERE id = :id")
                .param("id", applicationId)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(talent.cv(applicationId).orElseThrow()).isEqualTo(PDF);
        LocalDate deleteAfter = jdbc.sql("SELECT delete_after FROM talent_application WHERE id = :id")
                .param("id", applicationId)
                .query(LocalDate.class)
                .single();
        assertThat(deleteAfter).isEqualTo(LocalDate.now(clock).plusDays(10).plusMonths(6));
        // the retention job deletes it once that day has come
        assertThat(talent.deleteExpired(deleteAfter.minusDays(1))).isZero();
        talent.deleteExpired(deleteAfter);
        assertThat(applications(id)).isZero();
    }
}
