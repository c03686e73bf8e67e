package dk.samspil.engagement.internal.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.engagement.TestInterests;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Roles;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Consultants see the partner seekers of an entry (and only the number of the others), export them, and introduce two
 * of them to each other: both receive the other's details over SMTP and the introduction is logged on both. A company
 * that did not opt in to partner finding cannot be introduced.
 */
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MatchmakingTest extends IntegrationTest {

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
    ProcurementService procurements;

    private static RequestPostProcessor consultant() {
        return user("konsulent@example.dk").roles(Roles.CONSULTANT);
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.dk";
    }

    private String published() {
        String reference = PublicEntries.uniqueReference("MATCH");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Tagrenovering " + PublicEntries.uniqueWord(),
                        "45260000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 3)));
        procurements.publish(reference);
        return reference;
    }

    private long introductions(long interestId) {
        return jdbc.sql("""
                        SELECT count(*) FROM engagement_introduction
                        WHERE first_interest_id = :id OR second_interest_id = :id""").param("id", interestId).query(Long.class).single();
    }

    @Test
    void consultantsIntroduceTwoPartnerSeekersWhoBothReceiveTheOthersDetails() throws Exception {
        String reference = published();
        String alfaMail = email("alfa");
        String betaMail = email("beta");
        long alfa = TestInterests.confirmed(jdbc, reference, "Alfa Tag ApS", alfaMail, true);
        long beta = TestInterests.confirmed(jdbc, reference, "Beta Stillads A/S", betaMail, true);
        TestInterests.confirmed(jdbc, reference, "Gamma Hemmelig ApS", email("gamma"), false);

        mvc.perform(get("/intern/partnere").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/intern/partnere/" + reference).with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Alfa Tag ApS"),
                                containsString("Beta Stillads A/S"),
                                containsString("2 søger en partner"),
                                containsString("1 andre har vist interesse"))))
                .andExpect(content().string(not(containsString("Gamma Hemmelig"))));
        mvc.perform(get("/intern/partnere/" + reference + "/partnere.csv").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("partnere-" + reference + ".csv")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Alfa Tag ApS"),
                                containsString(betaMail),
                                not(containsString("Gamma Hemmelig")))));

        mvc.perform(post("/intern/partnere/" + reference + "/introduktion")
                        .with(csrf())
                        .with(consultant())
                        .param("first", String.valueOf(alfa))
                        .param("second", String.valueOf(beta)))
                .andExpect(redirectedUrl("/intern/partnere/" + reference));

        MimeMessage toAlfa = TestSmtp.awaitMails(greenMail, alfaMail, 1)[0];
        MimeMessage toBeta = TestSmtp.awaitMails(greenMail, betaMail, 1)[0];
        assertThat(toAlfa.getSubject()).contains("Beta Stillads A/S", reference);
        assertThat(TestSmtp.text(toAlfa))
                .contains("Beta Stillads A/S", betaMail, "Vi har 12 VVS-montører", "/interesse/");
        assertThat(toBeta.getSubject()).contains("Alfa Tag ApS", reference);
        assertThat(TestSmtp.text(toBeta)).contains("Alfa Tag ApS", alfaMail);
        Background.awaitOutboxSent(jdbc, alfaMail);
        assertThat(introductions(alfa)).isEqualTo(1);
        assertThat(introductions(beta)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT entity_id FROM audit_entry
                        WHERE entity_type = 'engagement_interest' AND changes::text LIKE '%introducedTo%'
                          AND entity_id IN (:ids)""")
                        .param("ids", List.of(String.valueOf(alfa), String.valueOf(beta)))
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(String.valueOf(alfa), String.valueOf(beta));
        mvc.perform(get("/intern/partnere/" + reference).with(consultant()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Introduceret til"),
                                containsString("Beta Stillads A/S ("),
                                containsString("Alfa Tag ApS ("))));

        // the same pair again is refused, and nobody is mailed twice
        mvc.perform(post("/intern/partnere/" + reference + "/introduktion")
                        .with(csrf())
                        .with(consultant())
                        .param("first", String.valueOf(beta))
                        .param("second", String.valueOf(alfa)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("allerede sat i forbindelse")));
        assertThat(introductions(alfa)).isEqualTo(1);
    }

    @Test
    void aCompanyThatDidNotOptInToPartnerFindingIsNotIntroduced() throws Exception {
        String reference = published();
        String seekerMail = email("seeker");
        String quietMail = email("quiet");
        long seeker = TestInterests.confirmed(jdbc, reference, "Søger ApS", seekerMail, true);
        long quiet = TestInterests.confirmed(jdbc, reference, "Stille ApS", quietMail, false);

        mvc.perform(post("/intern/partnere/" + reference + "/introduktion")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .param("first", String.valueOf(seeker))
                        .param("second", String.valueOf(quiet)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Der er fejl i formularen"),
                                containsString("Begge virksomheder skal have sagt ja til partnersøgning"))));
        mvc.perform(post("/intern/partnere/" + reference + "/introduktion")
                        .with(csrf())
                        .with(consultant())
                        .param("first", String.valueOf(seeker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vælg den anden virksomhed")));

        assertThat(introductions(seeker)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient IN (:to)")
                        .param("to", List.of(seekerMail, quietMail))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(greenMail.getReceivedMessagesForDomain(quietMail)).isEmpty();
    }

    @Test
    void procurementOfficersDoNotBrokerPartnerships() throws Exception {
        mvc.perform(get("/intern/partnere").with(user("indkoeber@example.dk").roles(Roles.PROCUREMENT)))
                .andExpect(status().isForbidden());
    }
}
