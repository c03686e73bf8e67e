package dk.samspil.engagement.internal.ideas;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.engagement.TestEvents;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.IntegrationTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@AutoConfigureMockMvc
class OpiIdeasTest extends IntegrationTest {

    private static final Pattern MANAGE_LINK = Pattern.compile("/opi/ideer/mine\\?token=([A-Za-z0-9_%.-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdeaService ideas;

    private String word;
    private long workshopId;
    private String email;

    @BeforeEach
    void workshop() {
        word = PublicEntries.uniqueWord();
        workshopId = TestEvents.insert(jdbc, "OPI_WORKSHOP", "Velfærdsteknologi " + word, "PUBLISHED", "Tema " + word);
        email = "ide-" + UUID.randomUUID() + "@example.dk";
    }

    /** The idea form for a workshop ({@code arrangement=<id>}) or a theme ({@code tema=<name>}). */
    private MockMultipartHttpServletRequestBuilder form(String topic, String... overrides) {
        MockMultipartHttpServletRequestBuilder request = multipart("/opi/ideer/ny");
        String[] parameter = topic.split("=", 2);
        request.param(parameter[0], parameter[1]);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", "Sensorer i plejeboliger " + word);
        fields.put("description", "Sensorer giver besked, når en beboer falder.");
        fields.put("improvesCitizens", "Tryghed om natten.");
        fields.put("improvesStaff", "Færre unødige runderinger.");
        fields.put("contactName", "Mette Hansen");
        fields.put("companyName", "Sensor ApS");
        fields.put("cvr", "29188548");
        fields.put("email", email);
        fields.put("phone", "58 57 36 00");
        fields.put("consent", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return (MockMultipartHttpServletRequestBuilder) request.with(csrf());
    }

    private List<Map<String, Object>> stored() {
        return jdbc.sql("SELECT * FROM engagement_idea WHERE email = :email")
                .param("email", email)
                .query()
                .listOfRows();
    }

    private long submit() throws Exception {
        mvc.perform(form("arrangement=" + workshopId)).andExpect(status().isOk());
        return (Long) stored().get(0).get("id");
    }

    @Test
    void anIdeaForAWorkshopIsStoredWithItsConsentAndTheSubmitterGetsAReceipt() throws Exception {
        mvc.perform(get("/opi/ideer/ny?arrangement=" + workshopId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velfærdsteknologi " + word)));
        mvc.perform(form("arrangement=" + workshopId)
                        .file(new MockMultipartFile("file", "skitse.png", "image/png", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2
                        })))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tak for jeres idé")));

        Map<String, Object> idea = stored().get(0);
        assertThat(idea)
                .containsEntry("event_id", workshopId)
                .containsEntry("status", "NEW")
                .containsEntry("cvr", "29188548")
                .containsEntry("contact_name", "Mette Hansen");
        assertThat((String) idea.get("consent_text")).startsWith("Jeg giver samtykke");
        assertThat(idea.get("file_id")).isNotNull();
        String body = jdbc.sql("SELECT body_text FROM outbox_message WHERE recipient = :email")
                .param("email", email)
                .query(String.class)
                .single();
        assertThat(body).contains("Sensorer i plejeboliger " + word).contains("/opi/ideer/mine?token=");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'engagement_idea' AND entity_id = :id")
                        .param("id", String.valueOf(idea.get("id")))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void ideasSentAgainAndAgainGetOneReceiptPerWorkshopAndTheSameAnswer() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(form("arrangement=" + workshopId, "title", "Idé nummer " + i))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Tak for jeres idé")));
        }

        assertThat(stored()).hasSize(3);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM outbox_message WHERE recipient = :email AND category = 'engagement.idea.receipt'")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void ideasForAThemeAreAcceptedAndUnknownTopicsAreNot() throws Exception {
        mvc.perform(form("tema=tema " + word)).andExpect(status().isOk());
        assertThat(stored()).singleElement().satisfies(idea -> {
            assertThat(idea.get("theme")).isEqualTo("Tema " + word);
            assertThat(idea.get("event_id")).isNull();
        });
        mvc.perform(get("/opi/ideer/ny?tema=findes-ikke-" + word))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Vælg en OPI-workshop eller et tema")));
        long draft = TestEvents.insert(jdbc, "OPI_WORKSHOP", "Kladde " + word, "DRAFT", null);
        mvc.perform(get("/opi/ideer/ny?arrangement=" + draft)).andExpect(status().isNotFound());
        mvc.perform(form("arrangement=" + draft)).andExpect(status().isNotFound());
        assertThat(stored()).hasSize(1);
    }

    @Test
    void badCvrEmailAndMissingConsentAreRefusedInDanishAndNothingIsStored() throws Exception {
        mvc.perform(form(
                        "arrangement=" + workshopId, "cvr", "12345678", "email", "ikke-en-adresse", "consent", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet passer ikke – tjek nummeret")))
                .andExpect(content().string(containsString("Skriv en gyldig e-mailadresse")))
                .andExpect(content().string(containsString("Sæt kryds for at give samtykke")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Sensorer i plejeboliger " + word)));
        mvc.perform(form("arrangement=" + workshopId, "title", "", "phone", "12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en titel på idéen.")))
                .andExpect(content().string(containsString("Skriv et telefonnummer med 8 cifre")));
        assertThat(stored()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * Issue 10, defects 12 and 14: {@code consent=maybe} gave a 500 and {@code a@b} was accepted here while other
     * forms refused it; a line break in the title would have reached mail subjects.
     */
    @Test
    void wrongTypesShortAddressesAndLineBreaksAreRefusedLikeOnEveryOtherForm() throws Exception {
        mvc.perform(form("arrangement=" + workshopId, "consent", "maybe"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Sæt kryds for at give samtykke")))
                .andExpect(content().string(containsString("Vælg ja eller nej")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed to convert"))));
        mvc.perform(form("arrangement=" + workshopId, "email", "a@b"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en gyldig e-mailadresse")));
        mvc.perform(form("arrangement=" + workshopId, "title", "Sensorer\r\nBcc: spion@example.dk"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("én linje")));
        assertThat(stored()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmptyFormAsABrowserSendsItIsRefusedFieldByField() throws Exception {
        mvc.perform(multipart("/opi/ideer/ny")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .param("arrangement", String.valueOf(workshopId))
                        .param("title", "")
                        .param("description", "")
                        .param("improvesCitizens", "")
                        .param("improvesStaff", "")
                        .param("contactName", "")
                        .param("companyName", "")
                        .param("cvr", "")
                        .param("email", "")
                        .param("phone", "")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en titel på idéen.")))
                .andExpect(content().string(containsString("Beskriv idéen.")))
                .andExpect(content().string(containsString("Skriv navnet på kontaktpersonen.")))
                .andExpect(content().string(containsString("Skriv en e-mailadresse.")))
                .andExpect(content().string(containsString("Sæt kryds for at give samtykke")));
    }

    @Test
    void attachmentsFollowTheFileRules() throws Exception {
        mvc.perform(form("arrangement=" + workshopId)
                        .file(new MockMultipartFile(
                                "file",
                                "ide.pdf",
                                "application/pdf",
                                "<html><body>Ikke en PDF</body></html>".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Filen skal være en PDF")));
        mvc.perform(form("arrangement=" + workshopId)
                        .file(new MockMultipartFile(
                                "file", "ide.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1])))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Filen er større end 10 MB")));
        mvc.perform(get("/opi/ideer/ny?arrangement=" + workshopId + "&fejl=stor"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Filen er større end 10 MB")));
        assertThat(stored()).isEmpty();
    }

    @Test
    void staffTagCommentRespondAndTakeIdeasForwardAndOnlyTheResponseIsPublic() throws Exception {
        long id = submit();
        String staffUser = "konsulent-" + word + "@sec.dk";
        mvc.perform(post("/intern/opi/" + id + "/tags")
                        .with(user(staffUser).roles("CONSULTANT"))
                        .with(csrf())
                        .param("tag", "velfærd-" + word))
                .andExpect(status().isFound());
        mvc.perform(post("/intern/opi/" + id + "/tags")
                        .with(user(staffUser).roles("CONSULTANT"))
                        .with(csrf())
                        .param("tag", "fjernes-" + word))
                .andExpect(status().isFound());
        mvc.perform(post("/intern/opi/" + id + "/tags/fjern")
                        .with(user(staffUser).roles("CONSULTANT"))
                        .with(csrf())
                        .param("tag", "fjernes-" + word))
                .andExpect(status().isFound());
        mvc.perform(post("/intern/opi/" + id + "/kommentarer")
                        .with(user(staffUser).roles("CONSULTANT"))
                        .with(csrf())
                        .param("comment", "Intern note " + word + ": ring til Mette."))
                .andExpect(status().isFound());
        mvc.perform(post("/intern/opi/" + id + "/kommentarer")
                        .with(user(staffUser).roles("CONSULTANT"))
                        .with(csrf())
                        .param("comment", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en kommentar")));
        mvc.perform(post("/intern/opi/" + id + "/svar")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("response", "Vi afprøver idéen på to plejecentre " + word + "."))
                .andExpect(status().isFound());
        mvc.perform(post("/intern/opi/" + id + "/status")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("status", "TAKEN_FORWARD"))
                .andExpect(status().isFound());
        mvc.perform(post("/intern/opi/" + id + "/status")
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("status", "GONE"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get("/intern/opi/" + id).with(user("admin@slagelse.dk").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intern note " + word)))
                .andExpect(content().string(containsString(staffUser)))
                .andExpect(content().string(containsString("velfærd-" + word)))
                .andExpect(content().string(not(containsString("fjernes-" + word))))
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/intern/opi?tag=velfærd-" + word + "&status=TAKEN_FORWARD")
                        .with(user(staffUser).roles("CONSULTANT")))
                .andExpect(content().string(containsString("Sensorer i plejeboliger " + word)));
        mvc.perform(get("/intern/opi?status=DECLINED&tag=velfærd-" + word)
                        .with(user(staffUser).roles("CONSULTANT")))
                .andExpect(content().string(not(containsString("Sensorer i plejeboliger " + word))));
        mvc.perform(get("/intern/opi?emne=e" + workshopId).with(user(staffUser).roles("CONSULTANT")))
                .andExpect(content().string(containsString("Sensorer i plejeboliger " + word)));

        mvc.perform(get("/opi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sensorer i plejeboliger " + word)))
                .andExpect(content().string(containsString("Vi afprøver idéen på to plejecentre " + word + ".")))
                .andExpect(content().string(containsString("Taget videre")))
                .andExpect(content().string(not(containsString("Intern note " + word))))
                .andExpect(content().string(not(containsString(email))))
                .andExpect(content().string(not(containsString("Mette Hansen"))));

        Map<String, Object> idea = stored().get(0);
        assertThat(idea).containsEntry("status", "TAKEN_FORWARD");
        assertThat(idea.get("closed_at")).isNotNull();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE entity_type IN ('engagement_idea', 'engagement_idea_comment')
                        AND actor IN (:staff, 'indkoeb@slagelse.dk')""").param("staff", staffUser).query(Long.class).single())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void staffDownloadTheAttachmentOnlyAsAnAttachment() throws Exception {
        mvc.perform(form("arrangement=" + workshopId)
                        .file(new MockMultipartFile(
                                "file", "Idé.pdf", "application/pdf", "%PDF-1.4 idé".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk());
        long id = (Long) stored().get(0).get("id");
        mvc.perform(get("/intern/opi/" + id + "/bilag")
                        .with(user("i@slagelse.dk").roles("PROCUREMENT")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"Id_.pdf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")));
        mvc.perform(get("/intern/opi/" + id + "/bilag")).andExpect(status().isFound());
        mvc.perform(get("/intern/opi/" + id + "/bilag")
                        .with(user("c@slagelse.dk").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSubmitterSeesAndDeletesTheIdeaWithTheSignedLink() throws Exception {
        long id = submit();
        String body = jdbc.sql("SELECT body_text FROM outbox_message WHERE recipient = :email")
                .param("email", email)
                .query(String.class)
                .single();
        Matcher link = MANAGE_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        mvc.perform(get("/opi/ideer/mine").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sensorer i plejeboliger " + word)));
        mvc.perform(get("/opi/ideer/mine").param("token", token + "x")).andExpect(status().isNotFound());
        mvc.perform(post("/opi/ideer/mine/slet").param("token", "forfalsket").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/opi/ideer/mine/slet").param("token", token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Idéen er slettet")));

        assertThat(stored()).isEmpty();
        mvc.perform(get("/opi/ideer/mine").param("token", token)).andExpect(status().isNotFound());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'engagement_idea' AND entity_id = :id AND action = 'DELETE'")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void contactDataOfIdeasClosedLongerThanTheRetentionIsErased() throws Exception {
        long id = submit();
        ideas.changeStatus(id, IdeaStatus.DECLINED);
        ideas.eraseExpiredContacts();
        assertThat(stored())
                .singleElement()
                .satisfies(idea -> assertThat(idea.get("contact_name")).isNotNull());

        jdbc.sql("UPDATE engagement_idea SET closed_at = :long_ago WHERE id = :id")
                .param("long_ago", OffsetDateTime.now().minusYears(3).minusDays(1))
                .param("id", id)
                .update();
        assertThat(ideas.eraseExpiredContacts()).isGreaterThanOrEqualTo(1);

        Map<String, Object> idea = jdbc.sql("SELECT * FROM engagement_idea WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(idea.get("contact_name")).isNull();
        assertThat(idea.get("email")).isNull();
        assertThat(idea.get("cvr")).isNull();
        assertThat(idea.get("phone")).isNull();
        assertThat(idea.get("contact_erased_at")).isNotNull();
        assertThat(idea.get("title")).isEqualTo("Sensorer i plejeboliger " + word);
        assertThat(jdbc.sql(
                                "SELECT changes::text FROM audit_entry WHERE entity_type = 'engagement_idea' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .as("the audit log never keeps the contact data")
                .noneMatch(changes -> changes.contains(email));
    }

    @Test
    void onlyProcurementConsultantsAndAdministratorsSeeIdeas() throws Exception {
        long id = submit();
        for (String role : List.of("CASEWORKER", "JOBCENTER", "MANAGEMENT")) {
            mvc.perform(get("/intern/opi").with(user("x@slagelse.dk").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/intern/opi/" + id).with(user("x@slagelse.dk").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/intern/opi/" + id + "/status")
                            .with(user("x@slagelse.dk").roles(role))
                            .with(csrf())
                            .param("status", "DECLINED"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/intern/opi/" + id))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/intern/opi/999999999").with(user("a@slagelse.dk").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/intern/opi/999999999/status")
                        .with(user("a@slagelse.dk").roles("ADMIN"))
                        .with(csrf())
                        .param("status", "DECLINED"))
                .andExpect(status().isNotFound());
        assertThat(stored().get(0)).containsEntry("status", "NEW");
    }
}
