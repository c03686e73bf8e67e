package dk.samspil.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.platform.DanishFormats;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Visits with participants and agreed follow-ups: the owner (an active staff user) sees them on "Mine opfølgninger"
 * and marks them done; on the due date, from 07:00 Danish time, the owner gets one reminder over SMTP, however often
 * the job runs; a follow-up done before its date is not reminded. Follow-ups without an owner or with a stranger as
 * owner are refused in Danish and nothing is stored.
 */
@AutoConfigureMockMvc
class CompanyFollowUpTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyFollowUps followUps;

    private String owner;
    private String cvr;
    private final RequestPostProcessor consultant =
            user("opfoelgning-konsulent@sec.dk").roles("CONSULTANT");

    @BeforeEach
    void anOwnerAndACompany() {
        owner = "opfoelgning-" + UUID.randomUUID().toString().substring(0, 8) + "@sec.dk";
        long id = jdbc.sql(
                        "INSERT INTO staff_user (email, name, created_at) VALUES (:email, 'Olga Opfølger', now()) RETURNING id")
                .param("email", owner)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, 'JOBCENTER')")
                .param("id", id)
                .update();
        cvr = CvrNumbers.random();
        companies.create(new CompanyData(cvr, "Opfølgning Værktøj ApS", null, null, null, null, null, null, null));
    }

    private static Instant at(String date, String time) {
        return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time))
                .atZone(DanishFormats.ZONE)
                .toInstant();
    }

    private MockHttpServletRequestBuilder visit(String title) {
        return post("/intern/virksomheder/" + cvr + "/besoeg")
                .with(csrf())
                .with(consultant)
                .param("visitDate", "2026-11-20")
                .param("title", title)
                .param("notes", "Aftalt at følge op.")
                .param("sharedWith", "SEC_JOBCENTER")
                .param("participants", "Bente Bøgh\nKarl Kristensen, værkfører");
    }

    private List<String> reminders() {
        return jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = :r AND category = 'companies.followUp'")
                .param("r", owner)
                .query(String.class)
                .list();
    }

    private long followUpRows() {
        return jdbc.sql("SELECT count(*) FROM company_follow_up WHERE owner = :o")
                .param("o", owner)
                .query(Long.class)
                .single();
    }

    @Test
    void theOwnerIsRemindedOnceOnTheDueDateOverSmtpAndMarksTheFollowUpDone() throws Exception {
        mvc.perform(visit("Besøg om lærlinge")
                        .param("followUps[0].task", "Send liste over lærlingeforløb")
                        .param("followUps[0].owner", owner.toUpperCase())
                        .param("followUps[0].dueDate", "2031-03-14")
                        .param("followUps[1].task", "")
                        .param("followUps[1].owner", "")
                        .param("followUps[1].dueDate", "")
                        .param("followUps[2].task", "Ring igen")
                        .param("followUps[2].owner", owner)
                        .param("followUps[2].dueDate", "2031-03-14"))
                .andExpect(status().is3xxRedirection());
        assertThat(followUpRows())
                .as("the empty row is ignored; the owner as the directory writes it")
                .isEqualTo(2);

        mvc.perform(get("/intern/virksomheder/" + cvr).with(consultant))
                .andExpect(content().string(containsString("Bente Bøgh, Karl Kristensen")))
                .andExpect(content().string(containsString("Send liste over lærlingeforløb · " + owner)));

        RequestPostProcessor asOwner = user(owner).roles("JOBCENTER");
        String page = mvc.perform(get("/intern/opfoelgninger").with(asOwner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Send liste over lærlingeforløb", "Ring igen", "Opfølgning Værktøj ApS");
        mvc.perform(get("/intern/opfoelgninger").with(consultant))
                .andExpect(content().string(not(containsString("Send liste over lærlingeforløb"))));
        mvc.perform(get("/intern").with(asOwner)).andExpect(content().string(containsString("Åbne opfølgninger")));

        long ringAgain = jdbc.sql("SELECT id FROM company_follow_up WHERE owner = :o AND task = 'Ring igen'")
                .param("o", owner)
                .query(Long.class)
                .single();
        mvc.perform(post("/intern/opfoelgninger/" + ringAgain + "/udfoert")
                        .with(csrf())
                        .with(consultant))
                .andExpect(status().isNotFound());
        mvc.perform(post("/intern/opfoelgninger/" + ringAgain + "/udfoert")
                        .with(csrf())
                        .with(asOwner))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/intern/opfoelgninger").with(asOwner))
                .andExpect(content().string(containsString("Udført de sidste 30 dage")));
        assertThat(jdbc.sql("SELECT done_by FROM company_follow_up WHERE id = :id")
                        .param("id", ringAgain)
                        .query(String.class)
                        .single())
                .isEqualTo(owner);

        followUps.remind(at("2031-03-13", "12:00"));
        followUps.remind(at("2031-03-14", "06:59"));
        assertThat(reminders()).as("not before the due date's 07:00").isEmpty();

        followUps.remind(at("2031-03-14", "07:05"));
        followUps.remind(at("2031-03-14", "09:00"));
        followUps.remind(at("2031-03-15", "09:00"));
        assertThat(reminders())
                .as("one reminder, for the open follow-up only")
                .containsExactly("Påmindelse: opfølgning hos Opfølgning Værktøj ApS");

        MimeMessage[] mails = TestSmtp.awaitMails(greenMail, owner, 1);
        assertThat(mails).hasSize(1);
        String body = TestSmtp.text(mails[0]);
        assertThat(body)
                .contains("Send liste over lærlingeforløb", "CVR " + cvr, "14. marts 2031", "/intern/opfoelgninger")
                .doesNotContain("Ring igen");
    }

    @Test
    void aFollowUpWithoutAnOwnerOrWithAStrangerOrWithoutADateIsRefusedAndNothingIsStored() throws Exception {
        long notes =
                jdbc.sql("SELECT count(*) FROM company_note").query(Long.class).single();
        mvc.perform(visit("Uden ejer")
                        .param("followUps[0].task", "Send tilbud")
                        .param("followUps[0].owner", "")
                        .param("followUps[0].dueDate", "2031-03-14"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg hvem der har opgaven.")));
        mvc.perform(visit("Fremmed ejer")
                        .param("followUps[1].task", "Send tilbud")
                        .param("followUps[1].owner", "fremmed@example.dk")
                        .param("followUps[1].dueDate", "2031-03-14"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg en aktiv medarbejder fra listen.")))
                .andExpect(content().string(containsString("href=\"#followUps1.owner\"")));
        mvc.perform(visit("Uden frist")
                        .param("followUps[0].task", "Send tilbud")
                        .param("followUps[0].owner", owner))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv fristen for opgaven.")));
        mvc.perform(visit("Uden opgave").param("followUps[0].owner", owner).param("followUps[0].dueDate", "2031-03-14"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv opgaven, eller tøm hele rækken.")));
        mvc.perform(visit("Lange navne").param("participants", "x".repeat(201)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv højst 30 navne, hvert på højst 200 tegn.")));
        assertThat(jdbc.sql("SELECT count(*) FROM company_note")
                        .query(Long.class)
                        .single())
                .isEqualTo(notes);
        assertThat(followUpRows()).isZero();
    }
}
