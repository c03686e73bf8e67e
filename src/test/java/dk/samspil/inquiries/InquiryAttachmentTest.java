package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Attachments on the public form: up to 3 files of PDF, Office documents or images, 10 MB in total, checked by their
 * content (a text file called .pdf and a zip bomb called .docx are refused); kept with the inquiry and downloadable
 * by staff only. Staff registering one through the API send the same files as multipart with the same checks. A
 * refusal is in Danish and stores nothing.
 */
@AutoConfigureMockMvc
class InquiryAttachmentTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static byte[] docx(long documentBytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < documentBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, documentBytes - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private MockMultipartHttpServletRequestBuilder send(String subject, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/henvendelse");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("name", "Anne Hansen")
                .param("email", "anne-" + UUID.randomUUID().toString().substring(0, 8) + "@attachment-test.dk")
                .param("subject", subject)
                .param("message", "Se vedhæftede tegninger.");
        return request;
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    private long stored(String subject) {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    @Test
    void upToThreeFilesAreKeptAndStaffDownloadThem() throws Exception {
        String subject = "Tegninger " + UUID.randomUUID();
        mvc.perform(send(subject, file("tegning.pdf", PDF), file("foto.PNG", PNG), file("ansøgning.docx", docx(2000)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM inquiry WHERE subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
        List<Map<String, Object>> files = jdbc.sql(
                        "SELECT id, file_name, kind FROM inquiry_attachment WHERE inquiry_id = :id ORDER BY id")
                .param("id", id)
                .query()
                .listOfRows();
        assertThat(files).extracting(row -> row.get("kind")).containsExactly("PDF", "PNG", "DOCX");
        String page = "/intern/henvendelser/" + id;
        mvc.perform(get(page).with(user("konsulent@sec.dk").roles("CONSULTANT")))
                .andExpect(content().string(containsString("ansøgning.docx")));
        String download = page + "/bilag/" + files.get(0).get("id");
        mvc.perform(get(download).with(user("konsulent@sec.dk").roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(page + "/bilag/" + files.get(2).get("id"))
                        .with(user("konsulent@sec.dk").roles("CONSULTANT")))
                .andExpect(header().string("Content-Type", "application/octet-stream"));
        mvc.perform(get(download)).andExpect(status().is3xxRedirection());
        mvc.perform(get(download).with(user("sag@slagelse.dk").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(get(page + "/bilag/999999999").with(user("konsulent@sec.dk").roles("CONSULTANT")))
                .andExpect(status().isNotFound());
    }

    @Test
    void filesThatAreNotWhatTheySayTooManyOrTooLargeAreRefusedInDanish() throws Exception {
        String subject = "Afvist " + UUID.randomUUID();
        mvc.perform(send(subject, file("faktura.pdf", "Dette er ikke en PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen faktura.pdf er ikke en PDF")));
        mvc.perform(send(subject, file("billede.pdf", PNG)).with(csrf()).header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("passer ikke til filnavnet")));
        // 60 MB of zeros inflated from a file of some kilobytes
        byte[] bomb = docx(60L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        mvc.perform(send(subject, file("kontrakt.docx", bomb)).with(csrf()).header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen kontrakt.docx er ikke")));
        mvc.perform(send(subject, file("a.pdf", PDF), file("b.pdf", PDF), file("c.pdf", PDF), file("d.pdf", PDF))
                        .with(csrf())
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vedhæft højst 3 filer.")));
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        mvc.perform(send(subject, file("stor.pdf", large)).with(csrf()).header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("mere end 10 MB")));
        assertThat(stored(subject)).isZero();
    }

    private static MockMultipartHttpServletRequestBuilder api(String subject, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/inquiries");
        request.file(new MockMultipartFile(
                "inquiry", "", "application/json", """
                {"channel": "EMAIL", "receivedAt": "2026-04-01", "viaPoliticalLevel": false,
                 "from": {"name": "Bo Berg", "email": "bo@attachment-test.dk"},
                 "subject": "%s", "message": "Tegningerne er vedhæftet."}""".formatted(subject).getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request;
    }

    @Test
    void staffRegisterAnInquiryWithAttachmentsThroughTheApiWithTheSameChecks() throws Exception {
        var consultant = user("konsulent@sec.dk").roles("CONSULTANT");
        String subject = "API-bilag " + UUID.randomUUID();
        String location = mvc.perform(api(subject, file("tegning.pdf", PDF), file("ansøgning.docx", docx(2000)))
                        .with(consultant))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(location).with(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"fileName\":\"tegning.pdf\",\"kind\":\"PDF\"")))
                .andExpect(content().string(containsString("\"fileName\":\"ansøgning.docx\",\"kind\":\"DOCX\"")));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id
                        WHERE i.subject = :s""").param("s", subject).query(Long.class).single()).isEqualTo(2);

        String refused = "API-afvist " + UUID.randomUUID();
        mvc.perform(api(refused, file("faktura.pdf", "Dette er ikke en PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(consultant)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"field\":\"files\"")))
                .andExpect(content().string(containsString("Filen faktura.pdf er ikke en PDF")));
        mvc.perform(api(refused, file("kontrakt.docx", docx(60L * 1024 * 1024)))
                        .with(consultant)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen kontrakt.docx er ikke")));
        mvc.perform(api(refused, file("a.pdf", PDF), file("b.pdf", PDF), file("c.pdf", PDF), file("d.pdf", PDF))
                        .with(consultant)
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vedhæft højst 3 filer.")));
        mvc.perform(multipart("/api/v1/inquiries")
                        .file(file("a.pdf", PDF))
                        .with(consultant)
                        .header("Accept-Language", "da"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("i delen inquiry")));
        assertThat(stored(refused)).isZero();
        mvc.perform(api(refused, file("a.pdf", PDF))
                        .with(user("sag@slagelse.dk").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
        assertThat(stored(refused)).isZero();
    }

    @Test
    void staffAttachTheLetterWhenTheyRegisterAnInquiry() throws Exception {
        var management = user("chef@sec.dk").roles("MANAGEMENT");
        String subject = "Brev med bilag " + UUID.randomUUID();
        mvc.perform(multipart("/intern/henvendelser/ny")
                        .file(file("brev.pdf", PDF))
                        .with(csrf())
                        .with(management)
                        .param("channel", "LETTER")
                        .param("name", "Bo Berg")
                        .param("subject", subject)
                        .param("message", "Brevet er scannet.")
                        .param("receivedOn", "2026-04-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        SELECT a.kind FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id
                        WHERE i.subject = :s""").param("s", subject).query(String.class).list()).containsExactly("PDF");

        String refused = "Brev afvist " + UUID.randomUUID();
        mvc.perform(multipart("/intern/henvendelser/ny")
                        .file(file("brev.pdf", PNG))
                        .with(csrf())
                        .with(management)
                        .header("Accept-Language", "da")
                        .param("channel", "LETTER")
                        .param("name", "Bo Berg")
                        .param("subject", refused)
                        .param("message", "Brevet er scannet.")
                        .param("receivedOn", "2026-04-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen brev.pdf er ikke")));
        assertThat(stored(refused)).isZero();
    }
}
