package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The inquiry API: staff register an inquiry (201 with id, case number and deadlines) and read it back; anyone sends
 * one through the public twin of the form; bad input (a 100,000-character message, an invalid CVR or e-mail, a
 * future receivedAt, a political flag that does not match the channel) is a Danish 422 and stores nothing.
 */
@AutoConfigureMockMvc
class InquiryApiTest extends IntegrationTest {

    private static final RequestPostProcessor CONSULTANT =
            user("konsulent@sec.dk").roles("CONSULTANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long count(String marker) {
        return jdbc.sql("SELECT count(*) FROM inquiry WHERE message LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void staffRegisterAndReadAnInquiry() throws Exception {
        String marker = UUID.randomUUID().toString();
        String location = mvc.perform(post("/api/v1/inquiries")
                        .with(CONSULTANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel": "COUNCIL_MEMBER", "receivedAt": "2026-04-01", "viaPoliticalLevel": true,
                                 "politician": "Byrådsmedlem Jens Jensen", "topic": null,
                                 "from": {"name": "Anne Hansen", "email": "anne-%s@api-test.dk", "phone": "58 57 36 00",
                                          "cvr": "29188548"},
                                 "message": "Hvornår åbner erhvervsarealet? %s"}""".formatted(marker.substring(0, 8), marker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(matchesPattern("H-2026-\\d{4}")))
                .andExpect(jsonPath("$.acknowledgeBy").value("2026-04-07"))
                .andExpect(jsonPath("$.answerBy").value("2026-04-13"))
                .andExpect(header().string("Location", matchesPattern("/api/v1/inquiries/\\d+")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(location).with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("COUNCIL_MEMBER"))
                .andExpect(jsonPath("$.viaPoliticalLevel").value(true))
                .andExpect(jsonPath("$.queue").value("MANAGEMENT"))
                .andExpect(jsonPath("$.from.cvr").value("29188548"))
                .andExpect(jsonPath("$.subject").value("Hvornår åbner erhvervsarealet? " + marker));
        mvc.perform(get("/api/v1/inquiries/999999999").with(CONSULTANT).header("Accept-Language", "da"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("findes ikke")));
        mvc.perform(get(location).with(user("sag@slagelse.dk").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anyoneSendsAnInquiryThroughThePublicApi() throws Exception {
        String marker = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/public/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"from": {"name": "Bo Berg", "email": "bo-%s@api-test.dk", "companyName": "Berg Byg ApS"},
                         "subject": "Vejadgang", "message": "Vi mangler svar. %s"}""".formatted(marker.substring(0, 8), marker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(matchesPattern("H-\\d{4}-\\d{4}")))
                .andExpect(jsonPath("$.id").doesNotExist());
        assertThat(count(marker)).isOne();
        assertThat(jdbc.sql("SELECT channel FROM inquiry WHERE message LIKE :m")
                        .param("m", "%" + marker + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("WEB");
    }

    @Test
    void badInputIsADanish422AndStoresNothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        String future = LocalDate.now().plusDays(5).toString();
        mvc.perform(post("/api/v1/inquiries")
                        .with(CONSULTANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "da")
                        .content("""
                                {"channel": "PHONE", "receivedAt": "%s", "viaPoliticalLevel": true,
                                 "from": {"name": "Anne", "email": "anne@", "cvr": "29188549"},
                                 "message": "%s"}""".formatted(future, marker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"field\":\"receivedAt\"")))
                .andExpect(content().string(containsString("Datoen kan ikke ligge efter i dag.")))
                .andExpect(content().string(containsString("\"field\":\"viaPoliticalLevel\"")))
                .andExpect(content().string(containsString("\"field\":\"from.email\"")))
                .andExpect(content().string(containsString("\"field\":\"from.cvr\"")));
        mvc.perform(post("/api/v1/public/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "da")
                        .content("""
                                {"from": {"name": "Bo", "email": "bo@bergbyg.dk"}, "subject": "Lang",
                                 "message": "%s%s"}""".formatted(marker, "x".repeat(100_000))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv højst 10.000 tegn.")));
        mvc.perform(post("/api/v1/public/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "da")
                        .content("{\"from\": {\"name\": \"Bo\"}, \"message\": \"" + marker + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"field\":\"from.email\"")));
        mvc.perform(post("/api/v1/public/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2"))
                .andExpect(status().isBadRequest());
        assertThat(count(marker)).isZero();
    }
}
