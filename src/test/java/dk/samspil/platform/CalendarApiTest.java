package dk.samspil.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public read API of the business calendar, without a login: the closed days of a year (public holidays and the
 * configured closing days) and the date N business days after a date; years outside 1900–2200 and other bad values
 * get a Danish problem.
 */
@AutoConfigureMockMvc
class CalendarApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void holidaysOfAYearWithTheirDanishNames() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[0].date").value("2027-01-01"))
                .andExpect(jsonPath("$[0].name").value("Nytårsdag"))
                .andExpect(jsonPath("$[1].date").value("2027-03-25"))
                .andExpect(jsonPath("$[1].name").value("Skærtorsdag"))
                .andExpect(jsonPath("$[8].date").value("2027-06-05"))
                .andExpect(jsonPath("$[8].name").value("Grundlovsdag"))
                .andExpect(jsonPath("$[12].date").value("2027-12-31"));
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Store bededag")));
    }

    @Test
    void businessDaysAfterADate() throws Exception {
        mvc.perform(get("/api/v1/calendar/business-days")
                        .param("from", "2026-04-01")
                        .param("add", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-04-01"))
                .andExpect(jsonPath("$.add").value(2))
                .andExpect(jsonPath("$.date").value("2026-04-08"));
        mvc.perform(get("/api/v1/calendar/business-days")
                        .param("from", "2029-12-21")
                        .param("add", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2030-01-02"));
    }

    @Test
    void badValuesGetADanishProblem() throws Exception {
        for (String year : new String[] {"1899", "2201", "abc", "", "99999999999"}) {
            mvc.perform(get("/api/v1/calendar/holidays").param("year", year).header("Accept-Language", "da"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(content().string(containsString("mellem 1900 og 2200")));
        }
        mvc.perform(get("/api/v1/calendar/holidays").header("Accept-Language", "da"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2027\u0000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendar/business-days")
                        .param("from", "2026-02-30")
                        .param("add", "1")
                        .header("Accept-Language", "da"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ÅÅÅÅ-MM-DD")));
        mvc.perform(get("/api/v1/calendar/business-days")
                        .param("from", "2026-04-01")
                        .param("add", "-1")
                        .header("Accept-Language", "da"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("mellem 0 og 1000")));
        mvc.perform(get("/api/v1/calendar/business-days")
                        .param("from", "2026-04-01")
                        .param("add", "1001"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendar/business-days")
                        .param("from", "2200-12-30")
                        .param("add", "5"))
                .andExpect(status().isBadRequest());
    }
}
