package dk.samspil.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Roles;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestCompanies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Conferences attended together: who goes, companies along, costs split in øre; bad input refused in Danish. */
@AutoConfigureMockMvc
class ConferenceTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ConferenceService conferences;

    private MockHttpServletRequestBuilder staffPost(String path) {
        return post(path).with(user("c@example.dk").roles(Roles.CONSULTANT)).with(csrf());
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void theMunicipalityAndTheBusinessCentreGoTogetherAndSplitTheCosts() throws Exception {
        String name = "Energikonference " + UUID.randomUUID();
        LocalDate day = LocalDate.now(clock).plusDays(40);
        mvc.perform(staffPost("/intern/netvaerk/konferencer/ny")
                        .param("name", name)
                        .param("place", "Odense Congress Center")
                        .param("startsOn", day.toString())
                        .param("endsOn", day.minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Den sidste dag kan ikke ligge før den første dag.")));
        assertThat(conferences.conferences()).noneMatch(c -> c.name().equals(name));
        mvc.perform(staffPost("/intern/netvaerk/konferencer/ny")
                        .param("name", name)
                        .param("place", "Odense Congress Center")
                        .param("startsOn", day.toString())
                        .param("endsOn", day.plusDays(1).toString())
                        .param("url", "https://energikonference.example.dk"))
                .andExpect(status().is3xxRedirection());
        long id = conferences.conferences().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        String base = "/intern/netvaerk/konferencer/" + id;

        mvc.perform(staffPost(base + "/deltagere")
                        .param("party", "MUNICIPALITY")
                        .param("name", "Mette Holm"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(staffPost(base + "/deltagere")
                        .param("party", "BUSINESS_CENTRE")
                        .param("name", "Lars Berg")
                        .param("email", "lars@example.dk"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(staffPost(base + "/deltagere")
                        .param("party", "MUNICIPALITY")
                        .param("name", "mette holm"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deltageren er allerede tilmeldt for den part.")));
        mvc.perform(staffPost(base + "/deltagere").param("party", "NEIGHBOUR").param("name", "Anders"))
                .andExpect(status().isUnprocessableContent());
        assertThat(conferences.participants(id))
                .extracting(Conference.Participant::name)
                .containsExactlyInAnyOrder("Mette Holm", "Lars Berg");
        // one drops out: removed once, a second removal (a stale page) is refused in Danish
        mvc.perform(staffPost(base + "/deltagere")
                        .param("party", "BUSINESS_CENTRE")
                        .param("name", "Lone Afbud"))
                .andExpect(status().is3xxRedirection());
        long dropped = conferences.participants(id).stream()
                .filter(p -> p.name().equals("Lone Afbud"))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(staffPost(base + "/deltagere/" + dropped + "/fjern")).andExpect(status().is3xxRedirection());
        mvc.perform(staffPost(base + "/deltagere/" + dropped + "/fjern"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deltageren findes ikke længere.")));
        assertThat(conferences.participants(id))
                .extracting(Conference.Participant::name)
                .containsExactlyInAnyOrder("Mette Holm", "Lars Berg");

        String cvr = TestCompanies.insert(jdbc, clock, "Sol og Vind ApS", null);
        mvc.perform(staffPost(base + "/virksomheder").param("cvr", cvr)).andExpect(status().is3xxRedirection());
        mvc.perform(staffPost(base + "/virksomheder").param("cvr", cvr))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Virksomheden er allerede inviteret med.")));
        mvc.perform(staffPost(base + "/virksomheder").param("cvr", CvrNumbers.random()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("findes ikke i virksomhedsregistret")));
        assertThat(conferences.companies(id))
                .extracting(Conference.InvitedCompany::cvr)
                .containsExactly(cvr);

        // 12.500 kr. split 60/40 and 1.250,55 kr. split evenly, in øre
        mvc.perform(staffPost(base + "/udgifter")
                        .param("description", "Deltagergebyrer")
                        .param("amount", "12.500")
                        .param("municipalityShare", "60"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(staffPost(base + "/udgifter")
                        .param("description", "Tog")
                        .param("amount", "1.250,55")
                        .param("municipalityShare", "50"))
                .andExpect(status().is3xxRedirection());
        Conference.Totals totals = conferences.totals(id);
        assertThat(totals.amountOre()).isEqualTo(1_375_055L);
        assertThat(totals.municipalityOre()).isEqualTo(750_000L + 62_528L);
        mvc.perform(get(base).with(user("c@example.dk").roles(Roles.MANAGEMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13.750,55 kr.")))
                .andExpect(content().string(containsString("8.125,28 kr.")))
                .andExpect(content().string(containsString("5.625,27 kr.")))
                .andExpect(content().string(containsString("Sol og Vind ApS")));

        // bad amounts and shares: refused in Danish, nothing stored
        long costs = count("SELECT count(*) FROM network_conference_cost WHERE conference_id = :id", id);
        for (String[] bad : new String[][] {{"-100", "50"}, {"12,345", "50"}, {"tusind", "50"}, {"0", "50"}}) {
            mvc.perform(staffPost(base + "/udgifter")
                            .param("description", "Forkert")
                            .param("amount", bad[0])
                            .param("municipalityShare", bad[1]))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Skriv beløbet som et positivt tal")));
        }
        mvc.perform(staffPost(base + "/udgifter")
                        .param("description", "Forkert andel")
                        .param("amount", "100")
                        .param("municipalityShare", "120"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv kommunens andel som et helt tal fra 0 til 100.")));
        assertThat(count("SELECT count(*) FROM network_conference_cost WHERE conference_id = :id", id))
                .isEqualTo(costs);
    }
}
