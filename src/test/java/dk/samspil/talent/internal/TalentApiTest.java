package dk.samspil.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Roles;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The talent API: staff post, everyone lists published opportunities, students apply with a multipart CV. */
@AutoConfigureMockMvc
class TalentApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String body(String cvr, String title, LocalDate deadline) {
        return """
                {"cvr": "%s", "companyName": "Ukendt ApS", "kind": "PROJECT", "title": "%s",
                 "description": "Et projekt om energioptimering i bageriet.", "fields": ["ENGINEERING"],
                 "remote": true, "periodStart": "%s", "periodEnd": "%s", "paid": false, "deadline": "%s",
                 "contactName": "Kim", "contactEmail": "kim@example.dk"}""".formatted(
                        cvr,
                        title,
                        LocalDate.now(clock).plusDays(20),
                        LocalDate.now(clock).plusDays(90),
                        deadline);
    }

    @Test
    void staffPostEveryoneListsStudentsApply() throws Exception {
        String title = "Energiprojekt " + UUID.randomUUID();
        String cvr = CvrNumbers.random();
        mvc.perform(post("/api/v1/opportunities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(cvr, title, LocalDate.now(clock).plusDays(10))))
                .andExpect(status().isUnauthorized());
        String created = mvc.perform(post("/api/v1/opportunities")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(cvr, title, LocalDate.now(clock).plusDays(10))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/opportunities").param("q", "energioptimering").param("field", "ENGINEERING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));

        mvc.perform(post("/api/v1/opportunities")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(cvr, title + " 2", LocalDate.now(clock).minusDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("Ansøgningsfristen er overskredet")));

        byte[] exe = "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/api/v1/opportunities/" + id + "/applications")
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", exe))
                        .param("name", "Sara")
                        .param("email", "sara@example.dk")
                        .param("message", "Hej"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ikke en PDF")));
        mvc.perform(multipart("/api/v1/opportunities/" + id + "/applications")
                        .file(new MockMultipartFile(
                                "cv",
                                "cv.pdf",
                                "application/pdf",
                                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                        .param("name", "Sara")
                        .param("email", "sara@example.dk")
                        .param("message", "Hej"))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/v1/opportunities/999999999/applications")
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", exe)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("findes ikke")));
        assertThat(jdbc.sql("SELECT count(*) FROM talent_application WHERE opportunity_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
