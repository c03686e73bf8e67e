package dk.samspil.inquiries.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An inquiry with a CVR number shows on the company's timeline and links to the company; the inquirer's personal data
 * on a case can be exported as JSON, and is removed from closed cases after the retention period.
 */
@AutoConfigureMockMvc
class InquiryCompanyAndPrivacyTest extends IntegrationTest {

    private static final RequestPostProcessor CONSULTANT =
            user("konsulent@sec.dk").roles("CONSULTANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    InquiryService inquiries;

    @Autowired
    InquiryRetention retention;

    @Autowired
    JdbcClient jdbc;

    private Inquiry receive(String subject, String cvr, String email) {
        return inquiries.receive(
                new InquiryData(
                        Channel.EMAIL,
                        null,
                        "Anne Hansen",
                        "Glasklart ApS",
                        email,
                        "58573600",
                        cvr,
                        subject,
                        "Må vi få et møde?",
                        LocalDate.parse("2026-03-02"),
                        null),
                "konsulent@sec.dk");
    }

    @Test
    void anInquiryWithACvrNumberShowsOnTheCompanysTimeline() throws Exception {
        String cvr = CvrNumbers.random();
        mvc.perform(post("/intern/virksomheder/ny")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("cvr", cvr)
                        .param("name", "Glasklart ApS")
                        .param("address", "Jernbanegade 12")
                        .param("postalCode", "4200")
                        .param("city", "Slagelse"))
                .andExpect(status().is3xxRedirection());
        String subject = "Møde om vinduer " + UUID.randomUUID().toString().substring(0, 8);
        Inquiry inquiry = receive(subject, cvr, null);
        mvc.perform(get("/intern/virksomheder/" + cvr).with(CONSULTANT).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Henvendelse " + inquiry.caseNumber() + ": " + subject)))
                .andExpect(content().string(containsString("/intern/henvendelser/" + inquiry.id())));
        mvc.perform(get("/intern/henvendelser/" + inquiry.id()).with(CONSULTANT).header("Accept-Language", "da"))
                .andExpect(content().string(containsString("/intern/virksomheder/" + cvr)));
        mvc.perform(get("/intern/virksomheder/" + cvr)
                        .with(user("indkoeb@slagelse.dk").roles("PROCUREMENT"))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(inquiry.caseNumber()))));
    }

    @Test
    void theInquirersDataIsExportedAndRemovedAfterTheRetentionPeriod() throws Exception {
        String email = "anne-" + UUID.randomUUID().toString().substring(0, 8) + "@privacy-test.dk";
        Inquiry old = receive("Gammel sag " + UUID.randomUUID(), null, email);
        Inquiry recent = receive("Ny sag " + UUID.randomUUID(), null, email);
        inquiries.reply(old.id(), "Ja, på torsdag.", "konsulent@sec.dk");
        mvc.perform(get("/intern/henvendelser/" + old.id() + "/personoplysninger")
                        .with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", containsString(old.caseNumber() + "-personoplysninger.json")))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.name").value("Anne Hansen"))
                .andExpect(jsonPath("$.mails[0].direction").value("TO_INQUIRER"))
                .andExpect(jsonPath("$.mails[0].text").value("Ja, på torsdag."));

        inquiries.close(old.id(), Outcome.ANSWERED, "konsulent@sec.dk");
        inquiries.close(recent.id(), Outcome.ANSWERED, "konsulent@sec.dk");
        jdbc.sql("UPDATE inquiry SET closed_at = now() - interval '4 years' WHERE id = :id")
                .param("id", old.id())
                .update();
        assertThat(retention.run(Instant.now().plus(1, ChronoUnit.MINUTES))).isPositive();

        Map<String, Object> gone = jdbc.sql(
                        "SELECT from_name, email, phone, message, anonymised_at FROM inquiry WHERE id = :id")
                .param("id", old.id())
                .query()
                .singleRow();
        assertThat(gone)
                .containsEntry("from_name", "")
                .containsEntry("email", null)
                .containsEntry("phone", null)
                .containsEntry("message", "");
        assertThat(gone.get("anonymised_at")).isNotNull();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM inquiry_entry WHERE inquiry_id = :id AND (body <> '' OR counterpart IS NOT NULL)")
                        .param("id", old.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_event WHERE inquiry_id = :id AND detail = :email")
                        .param("id", old.id())
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT email FROM inquiry WHERE id = :id")
                        .param("id", recent.id())
                        .query(String.class)
                        .single())
                .isEqualTo(email);
    }
}
