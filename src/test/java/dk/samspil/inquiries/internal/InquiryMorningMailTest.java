package dk.samspil.inquiries.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.DanishFormats;
import dk.samspil.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning mail: on a business day from 07:00 each manager gets one mail listing exactly the overdue inquiries and
 * those due today or on the next business day; none before 07:00, none on a holiday or a weekend, none when nothing
 * is due, and only one per day however often it is checked.
 */
class InquiryMorningMailTest extends IntegrationTest {

    @Autowired
    InquiryMorningMail morningMail;

    @Autowired
    InquiryService inquiries;

    @Autowired
    JdbcClient jdbc;

    private String manager;
    private String ssoManager;

    /**
     * A manager given the role by an administrator, and one who holds it through single sign-on: their group (as
     * seen at their last login) is mapped to management, but no role of theirs is stored.
     */
    @BeforeEach
    void managers() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        manager = "ledelse-" + run + "@sec.dk";
        long id = jdbc.sql(
                        "INSERT INTO staff_user (email, name, created_at) VALUES (:email, 'Leder', now()) RETURNING id")
                .param("email", manager)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, 'MANAGEMENT')")
                .param("id", id)
                .update();
        ssoManager = "sso-ledelse-" + run + "@sec.dk";
        long ssoId = jdbc.sql("""
                        INSERT INTO staff_user (email, name, created_at, sso_issuer, sso_subject, sso_groups_seen_at)
                        VALUES (:email, 'SSO-leder', now(), 'https://idp.test', :email, now()) RETURNING id""").param("email", ssoManager).query(Long.class).single();
        jdbc.sql("INSERT INTO staff_user_sso_group (user_id, group_name) VALUES (:id, :group)")
                .param("id", ssoId)
                .param("group", "SG-Ledelse-" + run)
                .update();
        jdbc.sql("INSERT INTO sso_group_role (group_name, role, created_at) VALUES (:group, 'MANAGEMENT', now())")
                .param("group", "sg-ledelse-" + run)
                .update();
    }

    private static java.time.Instant at(String date, String time) {
        return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time))
                .atZone(DanishFormats.ZONE)
                .toInstant();
    }

    private Inquiry receive(String subject, String receivedOn) {
        return inquiries.receive(
                new InquiryData(
                        Channel.PHONE,
                        null,
                        "Anne Hansen",
                        null,
                        null,
                        null,
                        null,
                        subject,
                        "Spørgsmål",
                        LocalDate.parse(receivedOn),
                        null),
                "konsulent@sec.dk");
    }

    private List<Map<String, Object>> mails() {
        return mails(manager);
    }

    private List<Map<String, Object>> mails(String recipient) {
        return jdbc.sql(
                        "SELECT subject, body_text FROM outbox_message WHERE recipient = :r AND category = 'inquiries.morning'")
                .param("r", recipient)
                .query()
                .listOfRows();
    }

    @Test
    void listsExactlyTheOverdueAndNearlyDueInquiriesOncePerBusinessDay() {
        // answer deadlines (5 business days): 1 April 2026; 10 April 2026 (over Easter); 13 April 2026
        Inquiry overdue = receive("Overskredet " + UUID.randomUUID(), "2026-03-25");
        Inquiry dueTomorrow = receive("Frist i morgen " + UUID.randomUUID(), "2026-03-31");
        Inquiry later = receive("Senere " + UUID.randomUUID(), "2026-04-01");
        Inquiry closed = receive("Lukket " + UUID.randomUUID(), "2026-03-24");
        inquiries.close(closed.id(), Outcome.NO_ACTION, "chef@sec.dk");
        assertThat(overdue.answerBy()).isEqualTo("2026-04-01");
        assertThat(dueTomorrow.answerBy()).isEqualTo("2026-04-10");

        assertThat(morningMail.send(at("2026-04-02", "08:00")))
                .as("skærtorsdag")
                .isZero();
        assertThat(morningMail.send(at("2026-04-04", "08:00"))).as("a Saturday").isZero();
        assertThat(morningMail.send(at("2026-04-09", "06:59")))
                .as("before 07:00")
                .isZero();
        assertThat(mails()).isEmpty();

        assertThat(morningMail.send(at("2026-04-09", "07:05"))).isPositive();
        assertThat(morningMail.send(at("2026-04-09", "09:30"))).as("once a day").isZero();
        List<Map<String, Object>> mails = mails();
        assertThat(mails).hasSize(1);
        String body = (String) mails.get(0).get("body_text");
        String overdueSection = body.substring(body.indexOf("Overskredet svarfrist:"), body.indexOf("Svarfrist i dag"));
        String dueSection = body.substring(body.indexOf("Svarfrist i dag"));
        assertThat(overdueSection)
                .contains(overdue.caseNumber() + ": " + overdue.subject())
                .doesNotContain(dueTomorrow.caseNumber() + ":");
        assertThat(dueSection)
                .contains(dueTomorrow.caseNumber() + ": " + dueTomorrow.subject())
                .doesNotContain(overdue.caseNumber() + ":");
        assertThat(body).doesNotContain(later.caseNumber() + ":").doesNotContain(closed.caseNumber() + ":");
        assertThat((String) mails.get(0).get("subject")).contains("9. april 2026");
        assertThat(mails(ssoManager))
                .as("the manager through single sign-on gets the same mail")
                .hasSize(1)
                .first()
                .satisfies(mail -> assertThat(mail.get("body_text")).isEqualTo(body));
    }

    @Test
    void noMailWhenNothingIsDue() {
        // long before any inquiry in the register was received
        assertThat(morningMail.send(at("2020-01-06", "07:30"))).isZero();
        assertThat(mails()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_morning_mail WHERE day = '2020-01-06'")
                        .query(Long.class)
                        .single())
                .isOne();
    }
}
