package dk.samspil.engagement.internal.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.engagement.EventMaterialPublished;
import dk.samspil.engagement.TestEvents;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AutoConfigureMockMvc
@RecordApplicationEvents
class EventMaterialTest extends IntegrationTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementService procurements;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    private String reference;
    private long eventId;
    private String word;

    @BeforeEach
    void publishedEntryWithMarketDialogue() {
        word = PublicEntries.uniqueWord();
        reference = PublicEntries.uniqueReference("MAT");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Rengøring " + word, "90910000", ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        procurements.publish(reference);
        eventId = TestEvents.insert(
                jdbc, "MARKET_DIALOGUE", "Markedsdialog om rengøring " + word, "PUBLISHED", null, reference);
    }

    private String staffPage() {
        return "/intern/arrangementer/" + eventId + "/materiale";
    }

    @Test
    void publishedMinutesAreAnnouncedAndShownOnTheLinkedEntry() throws Exception {
        mvc.perform(post(staffPage() + "/referat")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("title", "Referat " + word)
                        .param("text", "Første afsnit om " + word + ".\n\nAndet afsnit."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(staffPage()));

        List<EventMaterialPublished> published = events.stream(EventMaterialPublished.class)
                .filter(event -> event.eventId() == eventId)
                .toList();
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("MINUTES");
            assertThat(event.title()).isEqualTo("Referat " + word);
            assertThat(event.procurementReferences()).containsExactly(reference);
            assertThat(event.summary()).startsWith("Første afsnit om " + word);
            assertThat(event.url())
                    .endsWith("/arrangementer/" + eventId + "/materiale#materiale-" + event.materialId());
        });
        mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Referat " + word)))
                .andExpect(content().string(containsString("<p>Første afsnit om " + word + ".</p>")))
                .andExpect(content().string(containsString("/arrangementer/" + eventId + "/materiale")));
        mvc.perform(get("/arrangementer/" + eventId + "/materiale"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andet afsnit.")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'engagement_material' AND entity_id = :id")
                        .param("id", String.valueOf(published.get(0).materialId()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theEntryPageShowsWhatAlertsAndEngagementContributeWhereThePipelinePutsIt() throws Exception {
        mvc.perform(post(staffPage() + "/referat")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("title", "Referat " + word)
                        .param("text", "Aftalt i dag."))
                .andExpect(status().isFound());

        String page = mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .containsSubsequence(
                        "Følg dette indkøb",
                        "Tilkendegiv interesse",
                        "<h2>Beskrivelse</h2>",
                        "<h2>Kontakt</h2>",
                        "<h2>Arrangementer om dette indkøb</h2>",
                        "Markedsdialog om rengøring " + word,
                        "<h2>Referater og materiale fra arrangementer</h2>",
                        "Aftalt i dag.",
                        "<h2>Historik</h2>");
        mvc.perform(get("/intern/indkoeb/" + reference)
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT")))
                .andExpect(content()
                        .string(containsString("href=\"/intern/indkoeb/" + reference
                                + "/interesse\">Interesserede virksomheder</a>")));
    }

    @Test
    void onlyAnsweredQuestionsArePublished() throws Exception {
        String question = "Kan vi byde på dele af opgaven " + word + "?";
        mvc.perform(post("/arrangementer/" + eventId + "/spoergsmaal")
                        .with(csrf())
                        .param("question", question))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tak for spørgsmålet")));
        mvc.perform(get("/arrangementer/" + eventId + "/materiale"))
                .andExpect(content().string(not(containsString(question))));
        mvc.perform(get("/kommende-indkob/" + reference)).andExpect(content().string(not(containsString(question))));
        assertThat(events.stream(EventMaterialPublished.class).filter(event -> event.eventId() == eventId))
                .isEmpty();

        long questionId = jdbc.sql("SELECT id FROM engagement_question WHERE event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();
        mvc.perform(get(staffPage()).with(user("indkoeb@slagelse.dk").roles("PROCUREMENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(question)));
        mvc.perform(post(staffPage() + "/spoergsmaal/" + questionId + "/svar")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("answer", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et svar.")));
        mvc.perform(post(staffPage() + "/spoergsmaal/" + questionId + "/svar")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("answer", "Ja, opgaven deles i to delaftaler."))
                .andExpect(status().isFound());

        mvc.perform(get("/arrangementer/" + eventId + "/materiale"))
                .andExpect(content().string(containsString(question)))
                .andExpect(content().string(containsString("Ja, opgaven deles i to delaftaler.")));
        mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(content().string(containsString("Ja, opgaven deles i to delaftaler.")));
        assertThat(events.stream(EventMaterialPublished.class).filter(event -> event.eventId() == eventId))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo("ANSWER");
                    assertThat(event.materialId()).isEqualTo(questionId);
                });

        mvc.perform(post(staffPage() + "/spoergsmaal/" + questionId + "/svar")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("answer", "Igen"))
                .andExpect(status().isConflict());
    }

    @Test
    void staffPublishQuestionAndAnswerTogetherAndMayDeleteUnansweredQuestions() throws Exception {
        mvc.perform(post(staffPage() + "/svar")
                        .with(user("raadgiver@sec.dk").roles("CONSULTANT"))
                        .with(csrf())
                        .param("question", "Hvornår udbydes " + word + "?")
                        .param("answer", "I andet kvartal."))
                .andExpect(status().isFound());
        mvc.perform(get("/arrangementer/" + eventId + "/materiale"))
                .andExpect(content().string(containsString("Hvornår udbydes " + word + "?")));

        mvc.perform(
                post("/arrangementer/" + eventId + "/spoergsmaal").with(csrf()).param("question", "Spam " + word));
        long spam = jdbc.sql("SELECT id FROM engagement_question WHERE event_id = :id AND answer IS NULL")
                .param("id", eventId)
                .query(Long.class)
                .single();
        mvc.perform(post(staffPage() + "/spoergsmaal/" + spam + "/slet")
                        .with(user("a@slagelse.dk").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_question WHERE id = :id")
                        .param("id", spam)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void publicQuestionsNeedText() throws Exception {
        mvc.perform(post("/arrangementer/" + eventId + "/spoergsmaal")
                        .with(csrf())
                        .param("question", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv spørgsmålet.")));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_question WHERE event_id = :id")
                        .param("id", eventId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void draftEventsHaveNoPublicMaterialAndRefusePublishing() throws Exception {
        long draft = TestEvents.insert(jdbc, "MARKET_DIALOGUE", "Kladde " + word, "DRAFT", null, reference);
        mvc.perform(get("/arrangementer/" + draft + "/materiale")).andExpect(status().isNotFound());
        mvc.perform(get("/arrangementer/" + draft + "/spoergsmaal")).andExpect(status().isNotFound());
        mvc.perform(get("/intern/arrangementer/" + draft + "/materiale")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Offentliggør arrangementet")));
        mvc.perform(post("/intern/arrangementer/" + draft + "/materiale/referat")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("title", "Referat")
                        .param("text", "Hemmeligt " + word))
                .andExpect(status().isConflict());
        mvc.perform(get("/intern/arrangementer/999999999/materiale")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_material WHERE event_id = :id")
                        .param("id", draft)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyProcurementConsultantsAndAdministratorsHandleMaterial() throws Exception {
        for (String role : List.of("CASEWORKER", "JOBCENTER", "MANAGEMENT")) {
            mvc.perform(get(staffPage()).with(user("x@slagelse.dk").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(staffPage() + "/referat")
                            .with(user("x@slagelse.dk").roles(role))
                            .with(csrf())
                            .param("title", "T")
                            .param("text", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(staffPage()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        for (String role : List.of("PROCUREMENT", "CONSULTANT", "ADMIN")) {
            mvc.perform(get(staffPage()).with(user("x@slagelse.dk").roles(role)))
                    .andExpect(status().isOk());
        }
    }

    // ---- files ----

    private ResultActions upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart(staffPage() + "/fil")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("materialTitle", "Præsentation " + word)
                .param("description", "")
                .param("link", "")
                .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                .with(csrf()));
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    private long materialCount() {
        return jdbc.sql("SELECT count(*) FROM engagement_material WHERE event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();
    }

    @Test
    void aFileOfExactlyTenMegabytesIsAcceptedAndServedOnlyAsADownload() throws Exception {
        upload("Præsentation af udbud.pdf", pdf(TEN_MB)).andExpect(status().isFound());
        long materialId = jdbc.sql("SELECT id FROM engagement_material WHERE event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();

        byte[] body = mvc.perform(get("/arrangementer/" + eventId + "/materiale/" + materialId + "/fil"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; ")))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        containsString(
                                                "filename=\"Pr_sentation af udbud.pdf\"; filename*=UTF-8''Pr%C3%A6sentation%20af%20udbud.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).hasSize(TEN_MB);
        mvc.perform(get("/arrangementer/" + eventId + "/materiale"))
                .andExpect(content()
                        .string(containsString("/arrangementer/" + eventId + "/materiale/" + materialId + "/fil")));
        mvc.perform(get("/arrangementer/" + eventId + "/materiale/" + (materialId + 1000) + "/fil"))
                .andExpect(status().isNotFound());
    }

    @Test
    void oneByteOverTenMegabytesIsRefusedInDanish() throws Exception {
        upload("stor.pdf", pdf(TEN_MB + 1))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Filen er større end 10 MB")));
        assertThat(materialCount()).isZero();
    }

    @Test
    void uploadsFarOverTheLimitAreTurnedBackBeforeTheBodyIsRead() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + staffPage() + "/fil"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[TEN_MB + 2 * 1024 * 1024]))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedWhileSending) {
            // The server may close the connection before the client has sent the whole body; that is a refusal too.
            assertThat(materialCount()).isZero();
            return;
        }
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(staffPage() + "?fejl=stor");
        mvc.perform(get(staffPage() + "?fejl=stor").with(user("i@slagelse.dk").roles("PROCUREMENT")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Filen er større end 10 MB")));
    }

    @Test
    void filesOfOtherTypesAreRefused() throws Exception {
        upload("noter.txt", "Bare tekst".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("Filen skal være en PDF, et Word-dokument (DOCX) eller et billede")));
        upload("side.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Filen skal være en PDF")));
        upload("tom.pdf", new byte[0]).andExpect(status().isUnprocessableContent());
        assertThat(materialCount()).isZero();
    }

    @Test
    void filesLyingAboutTheirTypeAreRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        upload("billede.pdf", png)
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(containsString("Filens indhold passer ikke til endelsen &quot;.pdf&quot;")));
        upload("dokument.docx", pdf(100))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("passer ikke til endelsen &quot;.docx&quot;")));
        upload("arkiv.docx", zip("[Content_Types].xml", "xl/workbook.xml")).andExpect(status().isBadRequest());
        assertThat(materialCount()).isZero();
    }

    @Test
    void wordDocumentsAndImagesAreAcceptedAndWordIsNeverServedAsItsOwnType() throws Exception {
        upload("Oplæg.docx", zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))
                .andExpect(status().isFound());
        long materialId = jdbc.sql("SELECT id FROM engagement_material WHERE event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();
        mvc.perform(get("/arrangementer/" + eventId + "/materiale/" + materialId + "/fil"))
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"Opl_g.docx\"")));
        upload("foto.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})
                .andExpect(status().isFound());
        assertThat(materialCount()).isEqualTo(2);
    }

    @Test
    void materialIsAFileOrAWebLink() throws Exception {
        mvc.perform(multipart(staffPage() + "/fil")
                        .param("materialTitle", "Slides")
                        .param("link", "javascript:alert(1)")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et link, der begynder med https://")));
        mvc.perform(multipart(staffPage() + "/fil")
                        .param("materialTitle", "Slides")
                        .param("link", "")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg en fil eller skriv et link")));
        mvc.perform(multipart(staffPage() + "/fil")
                        .param("materialTitle", "Slides " + word)
                        .param("link", "https://example.dk/slides")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(content().string(containsString("href=\"https://example.dk/slides\"")));
        assertThat(events.stream(EventMaterialPublished.class).filter(event -> event.eventId() == eventId))
                .singleElement()
                .extracting(EventMaterialPublished::kind)
                .isEqualTo("MATERIAL");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
