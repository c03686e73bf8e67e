package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Routing by topic: management sets up consultant teams and which team each topic goes to; an inquiry on a topic
 * goes to its team, one through the political level to management whatever its topic; management (only) moves a
 * case to another queue; bad settings are refused in Danish and change nothing.
 */
@AutoConfigureMockMvc
class InquiryRoutingTest extends IntegrationTest {

    private static final RequestPostProcessor CONSULTANT =
            user("konsulent@sec.dk").roles("CONSULTANT");
    private static final RequestPostProcessor MANAGEMENT = user("chef@sec.dk").roles("MANAGEMENT");
    private static final RequestPostProcessor ADMIN = user("admin@sec.dk").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long id(String table, String name) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> inquiry(String subject) {
        return jdbc.sql("SELECT id, queue, team_id, topic_id FROM inquiry WHERE subject = :subject")
                .param("subject", subject)
                .query()
                .singleRow();
    }

    @Test
    void inquiriesOnATopicGoToItsTeamAndManagementMovesThem() throws Exception {
        String teamName = unique("Team Byg");
        String topicName = unique("Byggeri");
        mvc.perform(post("/intern/henvendelser/indstillinger/teams")
                        .with(csrf())
                        .with(MANAGEMENT)
                        .param("teamName", teamName)
                        .param("members", "Anne@sec.dk, bo@sec.dk\nanne@sec.dk"))
                .andExpect(status().is3xxRedirection());
        long team = id("inquiry_team", teamName);
        assertThat(jdbc.sql("SELECT array_to_string(members, ',') FROM inquiry_team WHERE id = :id")
                        .param("id", team)
                        .query(String.class)
                        .single())
                .isEqualTo("anne@sec.dk,bo@sec.dk");
        mvc.perform(post("/intern/henvendelser/indstillinger/emner")
                        .with(csrf())
                        .with(ADMIN)
                        .param("topicName", topicName)
                        .param("teamId", String.valueOf(team)))
                .andExpect(status().is3xxRedirection());
        long topic = id("inquiry_topic", topicName);

        mvc.perform(get("/henvendelse").header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(topicName)));
        String web = unique("Byggetilladelse");
        mvc.perform(post("/henvendelse")
                        .with(csrf())
                        .param("name", "Anne Hansen")
                        .param("email", "anne-" + UUID.randomUUID().toString().substring(0, 8) + "@routing-test.dk")
                        .param("subject", web)
                        .param("message", "Hvornår?")
                        .param("topicId", String.valueOf(topic)))
                .andExpect(status().is3xxRedirection());
        assertThat(inquiry(web))
                .containsEntry("queue", "CONSULTANTS")
                .containsEntry("team_id", team)
                .containsEntry("topic_id", topic);

        String mayor = unique("Via borgmesteren");
        mvc.perform(post("/intern/henvendelser/ny")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("channel", "MAYOR")
                        .param("politician", "Borgmester Anne Andersen")
                        .param("name", "Bo Berg")
                        .param("subject", mayor)
                        .param("message", "Vejadgang")
                        .param("receivedOn", "2026-04-01")
                        .param("topicId", String.valueOf(topic)))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> political = inquiry(mayor);
        assertThat(political).containsEntry("queue", "MANAGEMENT").containsEntry("team_id", null);

        String page = "/intern/henvendelser/" + political.get("id");
        mvc.perform(post(page + "/koe").with(csrf()).with(CONSULTANT).param("destination", String.valueOf(team)))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/koe").with(csrf()).with(MANAGEMENT).param("destination", String.valueOf(team)))
                .andExpect(status().is3xxRedirection());
        assertThat(inquiry(mayor)).containsEntry("queue", "CONSULTANTS").containsEntry("team_id", team);
        mvc.perform(get(page).with(MANAGEMENT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Flyttet til " + teamName + " af chef@sec.dk")));
        mvc.perform(post(page + "/koe").with(csrf()).with(MANAGEMENT).param("destination", "MANAGEMENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(inquiry(mayor)).containsEntry("queue", "MANAGEMENT").containsEntry("team_id", null);

        // the queues: management's, a team's, and the viewer's own (assigned, or in a team they are in)
        mvc.perform(get("/intern/henvendelser").param("koe", "ledelsen").with(MANAGEMENT))
                .andExpect(content().string(containsString(mayor)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(web))));
        mvc.perform(get("/intern/henvendelser").param("koe", "team-" + team).with(MANAGEMENT))
                .andExpect(content().string(containsString(web)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(mayor))));
        mvc.perform(get("/intern/henvendelser")
                        .param("koe", "mine")
                        .with(user("bo@sec.dk").roles("CONSULTANT")))
                .andExpect(content().string(containsString(web)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(mayor))));
        mvc.perform(get("/intern/henvendelser").param("koe", "noget-andet").with(MANAGEMENT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mayor)));

        mvc.perform(get("/intern/henvendelser/indstillinger").with(CONSULTANT)).andExpect(status().isForbidden());
        mvc.perform(get("/intern/henvendelser/indstillinger").with(ADMIN).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(teamName)));
    }

    @Test
    void badRoutingInputIsRefusedInDanishAndChangesNothing() throws Exception {
        String teamName = unique("Team Fejl");
        mvc.perform(post("/intern/henvendelser/indstillinger/teams")
                        .with(csrf())
                        .with(MANAGEMENT)
                        .header("Accept-Language", "da")
                        .param("teamName", teamName)
                        .param("members", "anne@, bo"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv gyldige e-mailadresser")));
        String topicName = unique("Emne");
        mvc.perform(post("/intern/henvendelser/indstillinger/emner")
                        .with(csrf())
                        .with(MANAGEMENT)
                        .header("Accept-Language", "da")
                        .param("topicName", topicName)
                        .param("teamId", "999999999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg et team fra listen.")));
        String subject = unique("Ukendt emne");
        mvc.perform(post("/henvendelse")
                        .with(csrf())
                        .header("Accept-Language", "da")
                        .param("name", "Anne")
                        .param("email", "anne-" + UUID.randomUUID().toString().substring(0, 8) + "@routing-test.dk")
                        .param("subject", subject)
                        .param("message", "Hej")
                        .param("topicId", "999999999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg et emneområde fra listen.")));
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_team WHERE name = :n")
                        .param("n", teamName)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_topic WHERE name = :n")
                        .param("n", topicName)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry WHERE subject = :s")
                        .param("s", subject)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
