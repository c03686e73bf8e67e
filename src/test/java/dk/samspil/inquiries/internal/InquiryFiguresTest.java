package dk.samspil.inquiries.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.inquiries.InquiryFigures;
import dk.samspil.inquiries.InquiryStatistics;
import dk.samspil.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The figures for the status meetings, for seeded inquiries of 2023 (Easter 6–10 April): counts by channel and the
 * political level, the medians in Danish business days, the share within the deadline, on the page, in the CSV and
 * through the module API.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryFiguresTest extends IntegrationTest {

    private static final RequestPostProcessor MANAGEMENT = user("chef@sec.dk").roles("MANAGEMENT");

    @Autowired
    InquiryService inquiries;

    @Autowired
    InquiryStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Inquiry seed(Channel channel, String receivedOn, String acknowledgedAt, String answeredOn) {
        Inquiry inquiry = inquiries.receive(
                new InquiryData(
                        channel,
                        channel.political() ? "Borgmester Anne Andersen" : null,
                        "Anne Hansen",
                        null,
                        null,
                        null,
                        null,
                        "Tal " + channel,
                        "Spørgsmål",
                        LocalDate.parse(receivedOn),
                        null),
                "konsulent@sec.dk");
        if (acknowledgedAt != null) {
            inquiries.assign(inquiry.id(), "konsulent@sec.dk", "chef@sec.dk");
            jdbc.sql(
                            "UPDATE inquiry_event SET occurred_at = CAST(:at AS timestamptz) WHERE inquiry_id = :id AND kind = 'ASSIGNED'")
                    .param("at", acknowledgedAt)
                    .param("id", inquiry.id())
                    .update();
        }
        if (answeredOn != null) {
            jdbc.sql("UPDATE inquiry SET answered_on = :on, status = 'ANSWERED' WHERE id = :id")
                    .param("on", LocalDate.parse(answeredOn))
                    .param("id", inquiry.id())
                    .update();
        }
        return inquiry;
    }

    @BeforeAll
    void seed() {
        // received Monday 3 April; acknowledged the day after (1); answered 5 April (2); deadline 13 April: within
        seed(Channel.PHONE, "2023-04-03", "2023-04-04T10:00:00+02:00", "2023-04-05");
        // through the mayor on 12 April; acknowledged 14 April (2); answered 28 April (12); deadline 19 April: late
        seed(Channel.MAYOR, "2023-04-12", "2023-04-14T09:00:00+02:00", "2023-04-28");
        // by e-mail on 2 May, never acknowledged nor answered: past its deadline
        seed(Channel.EMAIL, "2023-05-02", null, null);
    }

    @Test
    void theModuleApiGivesTheFiguresPerQuarterAndMonth() {
        InquiryFigures q2 = statistics.quarters(2023).get(1);
        assertThat(q2.period()).isEqualTo("2023-K2");
        assertThat(q2.total()).isEqualTo(3);
        assertThat(q2.political()).isEqualTo(1);
        assertThat(q2.byChannel())
                .containsEntry("PHONE", 1)
                .containsEntry("MAYOR", 1)
                .containsEntry("EMAIL", 1)
                .containsEntry("WEB", 0);
        assertThat(q2.byTopic()).containsEntry("", 3);
        assertThat(q2.medianDaysToAcknowledge()).isEqualByComparingTo("1.5");
        assertThat(q2.medianDaysToAnswer()).isEqualByComparingTo("7");
        assertThat(q2.due()).isEqualTo(3);
        assertThat(q2.withinDeadline()).isEqualTo(1);
        assertThat(q2.shareWithinDeadline()).isEqualByComparingTo(new BigDecimal("0.333"));
        assertThat(statistics.quarters(2023).get(0).total()).isZero();

        List<InquiryFigures> months = statistics.months(2023);
        assertThat(months).hasSize(12);
        assertThat(months.get(3).total()).isEqualTo(2);
        assertThat(months.get(3).shareWithinDeadline()).isEqualByComparingTo("0.5");
        assertThat(months.get(4).total()).isEqualTo(1);
        assertThat(months.get(4).medianDaysToAnswer()).isNull();
    }

    @Test
    void thePageAndTheFilesShowTheSameFigures() throws Exception {
        mvc.perform(get("/intern/henvendelser/tal")
                        .param("aar", "2023")
                        .with(MANAGEMENT)
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Henvendelser i tal, 2023")))
                .andExpect(content().string(containsString("33 % (1/3)")))
                .andExpect(content().string(containsString("1,5")));
        String csv = mvc.perform(
                        get("/intern/henvendelser/tal.csv").param("aar", "2023").with(MANAGEMENT))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("henvendelser-2023.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // period; total; political; WEB EMAIL PHONE LETTER MAYOR COUNCIL_MEMBER; without topic; medians; due; within
        assertThat(csv).contains("2023-04;2;1;0;0;1;0;1;0;2;1.5;7;2;1").contains("2023-K2;3;1;0;1;1;0;1;0;3;1.5;7;3;1");
        mvc.perform(get("/intern/henvendelser/tal.xlsx").param("aar", "2023").with(MANAGEMENT))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(get("/intern/henvendelser/tal").param("aar", "1899").with(MANAGEMENT))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intern/henvendelser/tal").with(user("sag@slagelse.dk").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
    }
}
