package dk.samspil.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Rejected;
import dk.samspil.platform.Roles;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestCompanies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The networks API and the bad input: each refused in Danish with nothing stored (or, over budget, warned). */
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NetworksApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    NetworkService networks;

    @Autowired
    MeetingService meetings;

    @Autowired
    BudgetService budgets;

    private String company(String name) {
        return TestCompanies.insert(jdbc, clock, name, null);
    }

    private long network(boolean publicPage) {
        return networks.create(
                new NetworkForm("Netværk " + UUID.randomUUID(), "Energi og erfaringer.", publicPage, "100.000"));
    }

    private MemberForm member(String cvr, String email, LocalDate joined) {
        return new MemberForm(Member.Kind.COMPANY, cvr, null, "Kim", email, Member.Role.MEMBER, joined);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void staffListNetworksAndMembersCreateMeetingsAndReadTheYearlyFeed() throws Exception {
        long id = network(false);
        networks.addMember(
                id, member(company("Sol ApS"), "sol-" + UUID.randomUUID() + "@example.dk", networks.today()));
        networks.addMember(
                id, member(company("Vind ApS"), "vind-" + UUID.randomUUID() + "@example.dk", networks.today()));

        mvc.perform(get("/api/v1/networks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/networks").with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + id)));
        mvc.perform(get("/api/v1/networks/" + id + "/members")
                        .with(user("m@example.dk").roles(Roles.MANAGEMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("COMPANY"))
                .andExpect(jsonPath("$[0].contacts.length()").value(1))
                .andExpect(jsonPath("$[0].contacts[0].name").value("Kim"));
        mvc.perform(get("/api/v1/networks/999999999/members")
                        .with(user("a@example.dk").roles(Roles.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Netværket findes ikke."));

        String meeting = """
                {"title": "Forårsmøde", "date": "%s", "startTime": "09:00", "endTime": "11:00",
                 "place": "Rådhuset", "agenda": [{"title": "Velkommen", "presenter": "Mette"}]}""".formatted(LocalDate.now(clock).plusDays(10));
        mvc.perform(post("/api/v1/networks/" + id + "/meetings")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(meeting))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.invitations").value(2));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM outbox_message WHERE category = 'networks.invitation'
                          AND recipient IN (SELECT c.email FROM network_contact c JOIN network_member m ON m.id = c.member_id WHERE m.network_id = :id)""").param("id", id).query(Long.class).single()).isEqualTo(2);

        // the feed of a network without a public page is for staff only
        mvc.perform(get("/api/v1/networks/" + id + "/meetings.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/networks/" + id + "/meetings.ics")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("METHOD:PUBLISH")))
                .andExpect(content().string(containsString("SUMMARY:")))
                .andExpect(content().string(containsString("UID:network-meeting-")));

        // a meeting in the past, or unreadable JSON: refused in Danish, nothing stored
        long before = count("SELECT count(*) FROM network_meeting WHERE network_id = :id", id);
        mvc.perform(post("/api/v1/networks/" + id + "/meetings")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(meeting.replace(
                                LocalDate.now(clock).plusDays(10).toString(),
                                LocalDate.now(clock).minusDays(1).toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(content().string(containsString("Datoen er passeret")));
        mvc.perform(post("/api/v1/networks/" + id + "/meetings")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"x\", \"date\": \"i morgen\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count("SELECT count(*) FROM network_meeting WHERE network_id = :id", id))
                .isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAndNothingIsStoredWrongly(CapturedOutput output) throws Exception {
        long id = network(false);
        String cvr = company("Dobbelt ApS");
        String email = "dobbelt-" + UUID.randomUUID() + "@example.dk";
        long memberId =
                networks.addMember(id, member(cvr, email, networks.today().minusDays(10)));

        // a member added twice
        assertThatThrownBy(() -> networks.addMember(id, member(cvr, email, networks.today())))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        r -> assertThat(r.violations().get(0).messageKey()).isEqualTo("networks.member.duplicate"));
        assertThat(count("SELECT count(*) FROM network_member WHERE network_id = :id", id))
                .isEqualTo(1);

        // leaving before joining
        assertThatThrownBy(() -> networks.leave(id, memberId, networks.today().minusDays(11)))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        r -> assertThat(r.violations().get(0).messageKey())
                                .isEqualTo("networks.member.leftBeforeJoined"));
        assertThat(count("SELECT count(*) FROM network_member WHERE id = :id AND left_on IS NULL", memberId))
                .isEqualTo(1);

        // minutes for a meeting that has not taken place
        long meetingId = meetings.create(
                id,
                new MeetingForm(
                        "Sommermøde",
                        LocalDate.now(clock).plusDays(5),
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(10, 0),
                        "Rådhuset",
                        null,
                        null,
                        List.of()));
        mvc.perform(post("/intern/netvaerk/" + id + "/moeder/" + meetingId + "/referat")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("minutes", "Vi mødtes ikke endnu."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mødet er ikke holdt endnu")));
        assertThat(count("SELECT count(*) FROM network_meeting WHERE id = :id AND minutes IS NULL", meetingId))
                .isEqualTo(1);

        // an expense over the budget is stored, with a warning logged and shown
        mvc.perform(post("/intern/netvaerk/" + id + "/budget/udgifter")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("spentOn", LocalDate.now(clock).toString())
                        .param("category", "EVENTS")
                        .param("amount", "120.000")
                        .param("description", "Konference"))
                .andExpect(status().is3xxRedirection());
        assertThat(budgets.year(id, LocalDate.now(clock).getYear()).remaining()).isEqualByComparingTo("-20000");
        assertThat(output.getOut()).contains("over its budget");

        // a forged membership request: to a network without a public page, or an approval of another network's
        long requests = count("SELECT count(*) FROM network_request WHERE network_id = :id", id);
        mvc.perform(post("/netvaerk/" + id + "/anmodning")
                        .with(csrf())
                        .param("cvr", company("Snyd ApS"))
                        .param("contactName", "Snyder")
                        .param("contactEmail", "snyd@example.dk"))
                .andExpect(status().isNotFound());
        assertThat(count("SELECT count(*) FROM network_request WHERE network_id = :id", id))
                .isEqualTo(requests);

        long open = network(true);
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", "12345678")
                        .param("contactName", "Kim")
                        .param("contactEmail", "kim@example.dk"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet")));
        String joining = company("Ny ApS");
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", joining)
                        .param("contactName", "Kim")
                        .param("contactEmail", "kim-" + UUID.randomUUID() + "@example.dk"))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("SELECT id FROM network_request WHERE network_id = :id")
                .param("id", open)
                .query(Long.class)
                .single();
        mvc.perform(post("/intern/netvaerk/" + id + "/anmodninger/" + requestId)
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("allerede behandlet")));
        assertThat(count("SELECT count(*) FROM network_member WHERE network_id = :id", id))
                .isEqualTo(1);

        // approved in its own network: the company joins
        mvc.perform(post("/intern/netvaerk/" + open + "/anmodninger/" + requestId)
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().is3xxRedirection());
        assertThat(networks.activeMembers(open)).extracting(Member::cvr).containsExactly(joining);
    }

    @Test
    void aForgedMembershipRequestIsRefusedInDanishAndStoresNothing() throws Exception {
        long open = network(true);
        String member = company("Medlem ApS");
        networks.addMember(open, member(member, "medlem-" + UUID.randomUUID() + "@example.dk", networks.today()));
        String sql = "SELECT count(*) FROM network_request WHERE network_id = :id";

        // without the form's CSRF token: refused before anything is read
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .param("cvr", company("Uden Token ApS"))
                        .param("contactName", "Kim")
                        .param("contactEmail", "kim@example.dk"))
                .andExpect(status().isForbidden());
        // a CVR number the register does not know, a member already, a line break smuggled into the name
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", CvrNumbers.random())
                        .param("contactName", "Kim")
                        .param("contactEmail", "kim@example.dk"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("findes ikke i kommunens virksomhedsregister")));
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", member)
                        .param("contactName", "Kim")
                        .param("contactEmail", "kim@example.dk"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Virksomheden er allerede medlem af netværket.")));
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", company("Linjeskift ApS"))
                        .param("contactName", "Kim\r\nBcc: spion@example.dk")
                        .param("contactEmail", "kim@example.dk"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Fjern linjeskiftet")));
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", company("Ingen Adresse ApS"))
                        .param("contactName", "Kim")
                        .param("contactEmail", "ikke en adresse"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count(sql, open)).isZero();

        // the same company asking twice: one request
        String joining = company("Ivrig ApS");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/netvaerk/" + open + "/anmodning")
                    .with(csrf())
                    .param("cvr", joining)
                    .param("contactName", "Ivan")
                    .param("contactEmail", "ivan@example.dk"));
        }
        assertThat(count(sql, open)).isEqualTo(1);
        mvc.perform(post("/netvaerk/" + open + "/anmodning")
                        .with(csrf())
                        .param("cvr", joining)
                        .param("contactName", "Ivan")
                        .param("contactEmail", "ivan@example.dk"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("har allerede bedt om at blive medlem")));

        // a forged decision, then an approval sent twice: the company joins once
        long requestId = jdbc.sql("SELECT id FROM network_request WHERE network_id = :id")
                .param("id", open)
                .query(Long.class)
                .single();
        mvc.perform(post("/intern/netvaerk/" + open + "/anmodninger/" + requestId)
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("decision", "APPROVED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg, om anmodningen skal godkendes eller afvises.")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/intern/netvaerk/" + open + "/anmodninger/" + requestId)
                    .with(user("c@example.dk").roles(Roles.CONSULTANT))
                    .with(csrf())
                    .param("decision", "approve"));
        }
        assertThat(networks.activeMembers(open)).extracting(Member::cvr).containsExactlyInAnyOrder(member, joining);
        // a visitor cannot decide
        mvc.perform(post("/intern/netvaerk/" + open + "/anmodninger/" + requestId)
                        .with(csrf())
                        .param("decision", "decline"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM network_request WHERE id = :id")
                        .param("id", requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
    }

    @Test
    void theNewsletterStaffPagesShowWhichNetworkOwnsAMembersList() throws Exception {
        long id = network(false);
        Network network = networks.find(id).orElseThrow();
        mvc.perform(get("/intern/nyhedsbreve").with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Netværk: " + network.name())));
        mvc.perform(get("/intern/nyhedsbreve/lister/" + network.listId())
                        .with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Styres af")))
                .andExpect(content().string(containsString("Netværk: " + network.name())));
    }
}
