package dk.samspil.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.alerts.AlertFigures;
import dk.samspil.companies.VisitFigures;
import dk.samspil.engagement.EngagementFigures;
import dk.samspil.networks.NetworkFigures;
import dk.samspil.pipeline.PublicationFigures;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import dk.samspil.tendernews.GuidanceFigures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the agreement reads from each module, against rows seeded in the module's own tables: inside the
 * period they count, on the day after or in another state they do not. Each test measures before and after its seed,
 * since the database is shared with other tests.
 */
// Rolled back: the rows it adds (published entries, alerts, visits) would change what later tests count.
@Transactional
class ModuleFiguresTest extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** A quarter long past, so events and meetings in it are held. */
    private static final LocalDate FROM = LocalDate.of(2003, 1, 1);

    private static final LocalDate TO = LocalDate.of(2003, 3, 31);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicationFigures publications;

    @Autowired
    AlertFigures alerts;

    @Autowired
    EngagementFigures engagement;

    @Autowired
    VisitFigures visits;

    @Autowired
    NetworkFigures networks;

    @Autowired
    GuidanceFigures guidance;

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
                .atZone(ZONE)
                .toInstant());
    }

    private void entry(String status, Timestamp publishedAt) {
        jdbc.sql("""
                        INSERT INTO planned_procurement (reference, title, cpv_codes, contract_type, value_kind, procedure,
                            expected_publication, expected_from, expected_to, status, created_at, updated_at, published_at)
                        VALUES (:ref, 'Figurtest', ARRAY['45000000'], 'WORKS', 'UNKNOWN', 'NATIONAL', '2003-Q2',
                            DATE '2003-04-01', DATE '2003-06-30', :status, :at, :at, :at)""")
                .param("ref", "FIG-" + UUID.randomUUID())
                .param("status", status)
                .param("at", publishedAt)
                .update();
    }

    @Test
    void pipelineCountsEntriesFirstPublishedInThePeriod() {
        long before = publications.entriesPublished(FROM, TO);
        entry("PUBLISHED", at(FROM, 0));
        entry("AWARDED", at(TO, 23));
        entry("PUBLISHED", at(TO.plusDays(1), 0));
        entry("PUBLISHED", at(FROM.minusDays(1), 23));

        assertThat(publications.entriesPublished(FROM, TO)).isEqualTo(before + 2);
    }

    private long subscriber(String cvr) {
        return jdbc.sql("""
                        INSERT INTO alert_subscriber (email, company_cvr, created_at)
                        VALUES (:email, :cvr, now()) RETURNING id""")
                .param("email", UUID.randomUUID() + "@figurer.dk")
                .param("cvr", cvr)
                .query(Long.class)
                .single();
    }

    private void delivery(long subscriber, String status, Long outbox, Timestamp queuedAt) {
        jdbc.sql("""
                        INSERT INTO alert_delivery (subscriber_id, procurement_reference, kind, change_key, frequency,
                            content, status, outbox_id, created_at, queued_at)
                        VALUES (:s, 'FIG', 'NEW_ENTRY', :key, 'DAILY', '{}'::jsonb, :status, :outbox, :at, :queued)""")
                .param("s", subscriber)
                .param("key", UUID.randomUUID().toString())
                .param("status", status)
                .param("outbox", outbox)
                .param("at", queuedAt)
                .param("queued", "QUEUED".equals(status) ? queuedAt : null)
                .update();
    }

    @Test
    void alertsCountMailsAndCompaniesAlerted() {
        AlertFigures.Sent before = alerts.sent(FROM, TO);
        String cvr = CvrNumbers.random();
        long first = subscriber(cvr);
        long second = subscriber(cvr);
        long alone = subscriber(null);
        long outbox = 9_000_000_000L + (System.nanoTime() % 1_000_000_000L);
        // a digest of two deliveries is one mail
        delivery(first, "QUEUED", outbox, at(FROM.plusDays(3), 8));
        delivery(first, "QUEUED", outbox, at(FROM.plusDays(3), 8));
        delivery(second, "QUEUED", outbox + 1, at(FROM.plusDays(4), 8));
        delivery(alone, "QUEUED", outbox + 2, at(TO, 22));
        delivery(alone, "SKIPPED", null, at(TO, 9));
        delivery(alone, "QUEUED", outbox + 3, at(TO.plusDays(1), 9));

        AlertFigures.Sent after = alerts.sent(FROM, TO);
        assertThat(after.mails()).isEqualTo(before.mails() + 3);
        assertThat(after.companies()).isEqualTo(before.companies() + 2);
    }

    private long event(String type, String status, Timestamp startsAt) {
        return jdbc.sql("""
                        INSERT INTO engagement_event (type, title, starts_at, ends_at, place, status, created_by,
                            created_at, updated_at)
                        VALUES (:type, 'Figurtest', :at, CAST(:at AS timestamptz) + interval '2 hours', 'Slagelse', :status, 'test', :at, :at)
                        RETURNING id""")
                .param("type", type)
                .param("status", status)
                .param("at", startsAt)
                .query(Long.class)
                .single();
    }

    private void registration(long event, int participants, String status) {
        jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, email, participants, status,
                            created_at, updated_at)
                        VALUES (:e, 'Kim', 'Firma', :email, :p, :status, now(), now())""")
                .param("e", event)
                .param("email", UUID.randomUUID() + "@firma.dk")
                .param("p", participants)
                .param("status", status)
                .update();
    }

    private void interest(boolean partner, Timestamp confirmedAt) {
        jdbc.sql("""
                        INSERT INTO engagement_interest (procurement_reference, company_name, company_cvr, contact_name,
                            email, partner_sought, status, created_at, confirmed_at, consent_text_version, consent_at,
                            consent_source)
                        VALUES ('FIG', 'Firma', :cvr, 'Kim', :email, :partner, :status, :at, :confirmed, 'v1', :at, 'WEB')""")
                .param("cvr", CvrNumbers.random())
                .param("email", UUID.randomUUID() + "@firma.dk")
                .param("partner", partner)
                .param("status", confirmedAt == null ? "PENDING" : "CONFIRMED")
                .param("at", at(FROM, 12))
                .param("confirmed", confirmedAt)
                .update();
    }

    @Test
    void engagementCountsInterestsEventsHeldAndTheirParticipantsAndIdeas() {
        EngagementFigures.Interests interestsBefore = engagement.interests(FROM, TO);
        EngagementFigures.Held dialoguesBefore = engagement.marketDialogues(FROM, TO);
        EngagementFigures.Held workshopsBefore = engagement.opiWorkshops(FROM, TO);
        long ideasBefore = engagement.opiIdeas(FROM, TO);

        interest(false, at(FROM.plusDays(10), 9));
        interest(true, at(FROM.plusDays(11), 9));
        interest(true, null);
        long dialogue = event("MARKET_DIALOGUE", "PUBLISHED", at(FROM.plusDays(20), 10));
        registration(dialogue, 3, "CONFIRMED");
        registration(dialogue, 2, "CANCELLED");
        event("MARKET_DIALOGUE", "CANCELLED", at(FROM.plusDays(21), 10));
        long workshop = event("OPI_WORKSHOP", "PUBLISHED", at(FROM.plusDays(30), 10));
        registration(workshop, 4, "CONFIRMED");
        registration(workshop, 1, "CONFIRMED");
        event("OPI_WORKSHOP", "PUBLISHED", at(TO.plusDays(1), 10));
        jdbc.sql("""
                        INSERT INTO engagement_idea (title, description, consent_text, submitted_at, updated_at)
                        VALUES ('Idé', 'Bedre plejehjem', 'v1', :at, :at)""").param("at", at(FROM.plusDays(40), 10)).update();

        assertThat(engagement.interests(FROM, TO))
                .isEqualTo(new EngagementFigures.Interests(
                        interestsBefore.interests() + 2, interestsBefore.partnerSeekers() + 1));
        assertThat(engagement.marketDialogues(FROM, TO))
                .isEqualTo(new EngagementFigures.Held(dialoguesBefore.held() + 1, dialoguesBefore.participants() + 3));
        assertThat(engagement.opiWorkshops(FROM, TO))
                .isEqualTo(new EngagementFigures.Held(workshopsBefore.held() + 1, workshopsBefore.participants() + 5));
        assertThat(engagement.opiIdeas(FROM, TO)).isEqualTo(ideasBefore + 1);
    }

    private long company() {
        return jdbc.sql(
                        "INSERT INTO company (cvr, name, created_at, updated_at) VALUES (:cvr, 'Figur ApS', now(), now())"
                                + " RETURNING id")
                .param("cvr", CvrNumbers.random())
                .query(Long.class)
                .single();
    }

    private void visit(long company, LocalDate on, String... topics) {
        jdbc.sql("""
                        INSERT INTO company_note (company_id, visit_date, author, author_org, topics, title, notes,
                            shared_with, created_at)
                        VALUES (:c, :on, 'kim@sec.dk', 'BUSINESS_CENTRE', :topics, 'Besøg', 'Noter', 'ALL', now())""")
                .param("c", company)
                .param("on", Date.valueOf(on))
                .param("topics", topics)
                .update();
    }

    @Test
    void companiesCountVisitsByTopic() {
        VisitFigures.Visits before = visits.visits(FROM, TO);
        long one = company();
        long two = company();
        visit(one, FROM, "GROWTH", "ENERGY");
        visit(one, TO, "ENERGY");
        visit(two, FROM.plusDays(5));
        visit(two, TO.plusDays(1), "ENERGY");

        VisitFigures.Visits after = visits.visits(FROM, TO);
        assertThat(after.visits()).isEqualTo(before.visits() + 3);
        assertThat(after.companies()).isEqualTo(before.companies() + 2);
        assertThat(after.topic("ENERGY")).isEqualTo(before.topic("ENERGY") + 2);
        assertThat(after.topic("GROWTH")).isEqualTo(before.topic("GROWTH") + 1);
        assertThat(after.byTopic()).containsKeys("RECRUITMENT", "OTHER");
    }

    @Test
    void networksCountMeetingsHeldAndThoseWhoCame() {
        NetworkFigures.Held before = networks.held(FROM, TO);
        long network = jdbc.sql(
                        "INSERT INTO network (name, purpose, created_at) VALUES (:n, 'Energi', now()) RETURNING id")
                .param("n", "Figurnetværk " + UUID.randomUUID())
                .query(Long.class)
                .single();
        long[] members = new long[3];
        for (int i = 0; i < 3; i++) {
            members[i] = jdbc.sql("""
                            INSERT INTO network_member (network_id, kind, name, role, joined_on, created_at)
                            VALUES (:n, 'ORGANISATION', :name, 'MEMBER', DATE '2002-01-01', now()) RETURNING id""")
                    .param("n", network)
                    .param("name", "Medlem " + i)
                    .query(Long.class)
                    .single();
        }
        long held = meeting(network, "PLANNED", at(FROM.plusDays(14), 15));
        long cancelled = meeting(network, "CANCELLED", at(FROM.plusDays(15), 15));
        meeting(network, "PLANNED", at(TO.plusDays(1), 15));
        invite(held, members[0], true);
        invite(held, members[1], true);
        invite(held, members[2], false);
        invite(cancelled, members[0], true);

        assertThat(networks.held(FROM, TO))
                .isEqualTo(new NetworkFigures.Held(before.meetings() + 1, before.participants() + 2));
    }

    private long meeting(long network, String status, Timestamp startsAt) {
        return jdbc.sql("""
                        INSERT INTO network_meeting (network_id, title, starts_at, ends_at, place, status, created_at)
                        VALUES (:n, 'Møde', :at, CAST(:at AS timestamptz) + interval '2 hours', 'Slagelse', :status, now()) RETURNING id""")
                .param("n", network)
                .param("at", startsAt)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    private void invite(long meeting, long member, boolean attended) {
        jdbc.sql("""
                        INSERT INTO network_invitation (meeting_id, member_id, email, attended)
                        VALUES (:m, :member, :email, :attended)""")
                .param("m", meeting)
                .param("member", member)
                .param("email", "medlem" + member + "@example.dk")
                .param("attended", attended)
                .update();
    }

    @Test
    void tenderNewsCountsGuidanceAndWhatWasPassedOn() {
        GuidanceFigures.Guidance before = guidance.guidance(FROM, TO);
        guide(FROM, true);
        guide(TO, false);
        guide(TO.plusDays(1), true);

        assertThat(guidance.guidance(FROM, TO))
                .isEqualTo(new GuidanceFigures.Guidance(before.contacts() + 2, before.passedToProvider() + 1));
    }

    private void guide(LocalDate on, boolean passed) {
        jdbc.sql("""
                        INSERT INTO tender_guidance (contacted_on, staff_user, cvr, company_name, subject,
                            passed_to_provider, created_at)
                        VALUES (:on, 'kim@sec.dk', :cvr, 'Firma', 'Byggefakta', :passed, now())""")
                .param("on", Date.valueOf(on))
                .param("cvr", CvrNumbers.random())
                .param("passed", passed)
                .update();
    }
}
