package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff notice pages: the list, a notice with its lots, winners and suggestions, linking by hand (and refusing a
 * bad reference), the upload's preview before anything is stored, and an entry's expected notice ID.
 */
@AutoConfigureMockMvc
class NoticePagesTest extends IntegrationTest {

    private static final RequestPostProcessor OFFICER =
            user("officer@kommune.dk").roles(Roles.PROCUREMENT);

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeImporter importer;

    @Autowired
    ProcurementService procurements;

    private String cvr;

    @BeforeEach
    void municipalityWithCvr() {
        jdbc.sql("INSERT INTO municipality (id, name) VALUES (1, 'Testkommune') ON CONFLICT (id) DO NOTHING")
                .update();
        cvr = jdbc.sql("SELECT cvr FROM municipality WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (cvr == null) {
            cvr = "29189919";
            jdbc.sql("UPDATE municipality SET cvr = :cvr WHERE id = 1")
                    .param("cvr", cvr)
                    .update();
        }
    }

    /** The SDK's contract notice as one of the municipality's, published in the entries' expected quarter. */
    private byte[] ownContract(String noticeId) {
        String text =
                new String(NoticeLinkTest.contract(UUID.randomUUID().toString(), noticeId), StandardCharsets.UTF_8);
        return text.replace("<cbc:CompanyID>EU-PO</cbc:CompanyID>", "<cbc:CompanyID>DK" + cvr + "</cbc:CompanyID>")
                .replace(
                        "<cbc:IssueDate>2019-11-21+01:00</cbc:IssueDate>",
                        "<cbc:IssueDate>" + PublicEntries.nextYear() + "-04-15+02:00</cbc:IssueDate>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String entry(String cpv) {
        String reference = PublicEntries.uniqueReference("NP");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Edb-rådgivning " + PublicEntries.uniqueWord(),
                        cpv,
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        procurements.publish(reference);
        return reference;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNoticePageShowsItsFieldsAndSuggestsTheEntryAndStaffLinkItByHand() throws Exception {
        String near = entry("72230000");
        String otherArea = entry("45000000");
        ImportOutcome stored =
                importer.importNotice(ownContract(UUID.randomUUID().toString()), NoticeSource.API);

        assertThat(page("/intern/udbud?linked=nej&kind=CONTRACT")).contains("/intern/udbud/" + stored.rowId());
        String notice = page("/intern/udbud/" + stored.rowId());
        assertThat(notice)
                .contains(stored.notice().title())
                .contains("72230000")
                .contains("Delaftaler (1)")
                .contains("id=\"suggestions\"")
                .contains(near)
                .doesNotContain(otherArea);

        String refused = mvc.perform(post("/intern/udbud/" + stored.rowId() + "/knyt")
                        .param("reference", "NO-SUCH-1")
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Vælg et offentliggjort indkøb");
        assertThat(procurements.find(near).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);

        mvc.perform(post("/intern/udbud/" + stored.rowId() + "/knyt")
                        .param("reference", near)
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(procurements.find(near).orElseThrow().status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
        assertThat(page("/intern/udbud/" + stored.rowId()))
                .contains("id=\"linked\"")
                .contains("knyttet i hånden");
        assertThat(page("/intern/udbud/indkoeb/" + near)).contains("/intern/udbud/" + stored.rowId());
        assertThat(page("/intern/indkoeb/" + near)).contains("/intern/udbud/indkoeb/" + near);
        String publicPage = mvc.perform(get("/kommende-indkob/" + near))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).contains("id=\"tender-notices\"").contains("04.02.2020 09:00");

        mvc.perform(post("/intern/udbud/" + stored.rowId() + "/fjern-kobling")
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "tendernews.notice.unlinkedRestored"));
        assertThat(page("/intern/udbud/" + stored.rowId())).contains("id=\"link\"");
        // the link made by mistake is taken back: the entry is as before, and its history says so
        assertThat(procurements.find(near).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);
        assertThat(page("/intern/indkoeb/" + near)).contains("Rettelse: En udbudsmeddelelse var fejlagtigt knyttet");
    }

    @Test
    void anUploadIsPreviewedBeforeAnythingIsStoredAndABadOneIsRefusedNamingTheProblem() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        MvcResult preview = mvc.perform(multipart("/intern/udbud/upload")
                        .file(new MockMultipartFile("file", "udbud.xml", "application/xml", ownContract(noticeId)))
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        String body = preview.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("id=\"preview\"").contains(noticeId);
        assertThat(count(noticeId)).isZero();

        Matcher action = Pattern.compile("/intern/udbud/upload/([0-9a-f-]{36})").matcher(body);
        assertThat(action.find()).isTrue();
        MvcResult stored = mvc.perform(post("/intern/udbud/upload/" + action.group(1))
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(count(noticeId)).isOne();
        assertThat(stored.getResponse().getRedirectedUrl()).startsWith("/intern/udbud/");

        String refused = mvc.perform(multipart("/intern/udbud/upload")
                        .file(new MockMultipartFile(
                                "file",
                                "xxe.xml",
                                "application/xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("DOCTYPE").doesNotContain("root:");
        String empty = mvc.perform(
                        multipart("/intern/udbud/upload").with(OFFICER).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Meddelelsen er tom");
    }

    @Test
    void anEntrysExpectedNoticeIdIsSavedOrABadOneRefused() throws Exception {
        String reference = entry("72230000");
        mvc.perform(post("/intern/udbud/indkoeb/" + reference)
                        .param("noticeId", "ikke et id!")
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT count(*) FROM tender_expected_notice WHERE procurement_reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
        String noticeId = UUID.randomUUID().toString();
        mvc.perform(post("/intern/udbud/indkoeb/" + reference)
                        .param("noticeId", noticeId)
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/intern/udbud/indkoeb/" + reference)).contains(noticeId);

        ImportOutcome arrived = importer.importNotice(ownContract(noticeId), NoticeSource.FEED);
        assertThat(arrived.linkedReference()).isEqualTo(reference);
    }

    @Test
    void staffManageTheTenderNewsListsSubscribersAndVisitorsSignUpWithTheirChoices() throws Exception {
        String email = "udbud-" + UUID.randomUUID() + "@firma.dk";
        mvc.perform(post("/intern/udbud/nyhedsliste")
                        .param("email", "ikke en adresse")
                        .param("cpvCodes", "45000000")
                        .param("frequency", "WEEKLY")
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/intern/udbud/nyhedsliste")
                        .param("email", email)
                        .param("name", "Byg & Co")
                        .param("cpvCodes", "45000000, 72000000")
                        .param("regions", "DK04")
                        .param("frequency", "DAILY")
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/intern/udbud/nyhedsliste"))
                .contains(email)
                .contains("45000000, 72000000")
                .contains("DK04");
        assertThat(page("/intern/udbud/nyhedsliste?ret=" + email)).contains("value=\"" + email + "\"");

        mvc.perform(post("/intern/udbud/nyhedsliste/fjern")
                        .param("email", email)
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/intern/udbud/nyhedsliste")).doesNotContain(email);

        String visitor = "besoeg-" + UUID.randomUUID() + "@firma.dk";
        assertThat(mvc.perform(get("/udbud/nyhedsliste"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"cpvCodes\"")
                .contains("name=\"regions\"");
        mvc.perform(post("/udbud/nyhedsliste")
                        .param("email", visitor)
                        .param("cpvCodes", "90910000")
                        .param("frequency", "WEEKLY")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT frequency FROM tender_news_choice WHERE email = ?")
                        .param(visitor)
                        .query(String.class)
                        .single())
                .isEqualTo("WEEKLY");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?")
                        .param(visitor)
                        .query(Long.class)
                        .single())
                .as("the newsletter's confirmation mail")
                .isOne();
    }

    @Test
    void anUploadOverTheLimitGetsADanishMessageAndNothingIsKeptOrStored() throws Exception {
        long kept = keptUploads();
        String noticeId = UUID.randomUUID().toString();
        // just over the page's limit: the page refuses it by its size, before reading it
        byte[] content = java.util.Arrays.copyOf(ownContract(noticeId), (int) NoticePages.UPLOAD_LIMIT + 10);
        String refused = mvc.perform(multipart("/intern/udbud/upload")
                        .file(new MockMultipartFile("file", "stor.xml", "application/xml", content))
                        .with(OFFICER)
                        .with(csrf()))
                .andExpect(status().is(413))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("Filen er for stor: højst 18 MB her. Større meddelelser indlæses via API&#39;et.")
                .contains("id=\"error-summary\"")
                .doesNotContain("id=\"preview\"");

        // far over it, beyond what the servlet container takes: turned away before anything reads the body, to the
        // form with the same message instead of a raw error or a "session expired"
        HttpResponse<String> far = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/intern/udbud/upload"))
                                .header("Content-Type", "multipart/form-data; boundary=graense")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024]))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(far.statusCode()).isEqualTo(303);
        assertThat(far.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/intern/udbud/upload?fejl=stor"));
        String form = mvc.perform(get("/intern/udbud/upload?fejl=stor").with(OFFICER))
                .andExpect(status().is(413))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Filen er for stor: højst 18 MB her.").contains("id=\"file\"");

        // sent without a length (chunked), the filter cannot see the size: the servlet container's multipart limit
        // (spring.servlet.multipart.max-request-size) stops it, and the application's Danish error page says why
        byte[] body = new byte[26 * 1024 * 1024];
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/intern/udbud/upload"))
                                .header("Content-Type", "multipart/form-data; boundary=graense")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(chunked.body()).contains("<html lang=\"da\">", "Forespørgslen er for stor");

        assertThat(count(noticeId)).isZero();
        assertThat(keptUploads()).isEqualTo(kept);
    }

    private long keptUploads() {
        return jdbc.sql("SELECT count(*) FROM import_batch WHERE purpose = ?")
                .param(NoticePages.PURPOSE)
                .query(Long.class)
                .single();
    }

    private long count(String noticeId) {
        return jdbc.sql("SELECT count(*) FROM tender_notice WHERE notice_id = ?")
                .param(noticeId)
                .query(Long.class)
                .single();
    }
}
