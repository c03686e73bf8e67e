package dk.samspil.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestCompanies;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the members' contacts receive over real SMTP: an updated invitation when a meeting moves (same UID, higher
 * SEQUENCE, read back with ical4j), and invitations and the members' list for members with several contacts.
 */
@AutoConfigureMockMvc
class NetworkMeetingMailTest extends IntegrationTest {

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
    Clock clock;

    @Autowired
    NetworkService networks;

    @Autowired
    MeetingService meetings;

    @Autowired
    MembershipDays membershipDays;

    @Autowired
    dk.samspil.newsletter.ModuleLists lists;

    private String company(String name) {
        return TestCompanies.insert(jdbc, clock, name, null);
    }

    private long network() {
        return networks.create(new NetworkForm("Netværk " + UUID.randomUUID(), "Energi.", false, ""));
    }

    /** A company from the register joins the network with one contact person. */
    private long addMember(long networkId, String company, String contact, String email, LocalDate joined) {
        return networks.addMember(
                networkId,
                new MemberForm(
                        Member.Kind.COMPANY, company(company), null, contact, email, Member.Role.MEMBER, joined));
    }

    /** A meeting at the town hall from nine o'clock, inviting the network's contacts. */
    private long meeting(long networkId, String title, LocalDate day, int endHour) {
        return meetings.create(
                networkId,
                new MeetingForm(
                        title, day, LocalTime.of(9, 0), LocalTime.of(endHour, 0), "Rådhuset", null, null, List.of()));
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.dk";
    }

    private static VEvent event(MimeMessage mail, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(TestSmtp.calendar(mail)));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains(method);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static MimeMessage mail(String email, int count, String subject) {
        return TestSmtp.awaitMail(greenMail, email, count, subject);
    }

    @Test
    void movingAMeetingSendsTheInviteesAnUpdateOfTheSameCalendarEntry() throws Exception {
        long id = network();
        String sol = email("sol");
        String vind = email("vind");
        addMember(id, "Sol ApS", "Sofie", sol, networks.today());
        addMember(id, "Vind ApS", "Viggo", vind, networks.today());
        LocalDate day = LocalDate.now(clock).plusDays(14);
        long meetingId = meetings.create(
                id,
                new MeetingForm(
                        "Forårsmøde", day, LocalTime.of(9, 0), LocalTime.of(11, 0), "Rådhuset", null, null, List.of()));
        VEvent invited = event(mail(sol, 1, "Invitation"), "REQUEST");
        int firstSequence = Integer.parseInt(value(invited, Property.SEQUENCE));
        // an agenda item with a description of two lines, which the update carries in its text and calendar entry
        meetings.addAgendaItem(
                id,
                meetingId,
                new AgendaItemForm("Solceller", "Mette Holm", "Erfaringer fra tre tage.\r\nOg hvad de kostede."),
                null,
                null);

        // moved a day and to another room, through the staff form
        mvc.perform(post("/intern/netvaerk/" + id + "/moeder/" + meetingId + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("title", "Forårsmøde")
                        .param("date", day.plusDays(1).toString())
                        .param("startTime", "13:00")
                        .param("endTime", "15:30")
                        .param("place", "Slagelse Bibliotek, sal 2"))
                .andExpect(status().is3xxRedirection());

        for (String contact : List.of(sol, vind)) {
            VEvent updated = event(mail(contact, 2, "Ændret"), "REQUEST");
            assertThat(value(updated, Property.UID)).isEqualTo(value(invited, Property.UID));
            assertThat(Integer.parseInt(value(updated, Property.SEQUENCE))).isGreaterThan(firstSequence);
            assertThat(value(updated, Property.LOCATION)).isEqualTo("Slagelse Bibliotek, sal 2");
            assertThat(value(updated, Property.DTSTART))
                    .isEqualTo(day.plusDays(1)
                            .atTime(13, 0)
                            .atZone(dk.samspil.platform.DanishFormats.ZONE)
                            .withZoneSameInstant(java.time.ZoneOffset.UTC)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
            // the mail's lines end in CRLF on the wire
            assertThat(TestSmtp.text(mail(contact, 2, "Ændret")).replace("\r\n", "\n"))
                    .contains(
                            "Slagelse Bibliotek, sal 2",
                            "- Solceller (Mette Holm)\n  Erfaringer fra tre tage.\n  Og hvad de kostede.\n");
            assertThat(value(updated, Property.DESCRIPTION))
                    .isEqualTo("- Solceller (Mette Holm)\n  Erfaringer fra tre tage.\n  Og hvad de kostede.");
        }

        // bad input: the end before the start is refused in Danish and nothing changes, nothing is sent
        mvc.perform(post("/intern/netvaerk/" + id + "/moeder/" + meetingId + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("title", "Forårsmøde")
                        .param("date", day.toString())
                        .param("startTime", "15:00")
                        .param("endTime", "14:00")
                        .param("place", "Et andet sted"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mødet skal slutte efter, at det er startet.")));
        assertThat(meetings.find(id, meetingId).orElseThrow().place()).isEqualTo("Slagelse Bibliotek, sal 2");

        // a cancelled meeting cannot be moved
        meetings.cancel(id, meetingId);
        mvc.perform(post("/intern/netvaerk/" + id + "/moeder/" + meetingId + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("title", "Forårsmøde")
                        .param("date", day.toString())
                        .param("startTime", "09:00")
                        .param("endTime", "10:00")
                        .param("place", "Rådhuset"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mødet kan ikke ændres")));
        VEvent cancelled = event(mail(sol, 3, "Aflyst"), "CANCEL");
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(invited, Property.UID));
        assertThat(TestSmtp.awaitMails(greenMail, sol, 3)).hasSize(3);
    }

    @Test
    void everyContactOfAMemberIsInvitedAndOnTheListUntilTheMemberLeaves() throws Exception {
        long id = network();
        long listId = networks.find(id).orElseThrow().listId();
        String first = email("first");
        long memberId =
                addMember(id, "Varme ApS", "Frida", first, networks.today().minusDays(30));
        long meetingId = meeting(id, "Varmemøde", LocalDate.now(clock).plusDays(7), 10);
        long laterId = meeting(id, "Vintermøde", LocalDate.now(clock).plusDays(14), 10);

        // a second contact person, through the staff page: invited to the coming meeting and on the list
        String second = email("second");
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/kontakter")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("name", "Søren")
                        .param("email", second))
                .andExpect(status().is3xxRedirection());
        VEvent invited = event(mail(second, 2, "Invitation: Varmemøde"), "REQUEST");
        assertThat(value(invited, Property.SUMMARY)).contains("Varmemøde");
        assertThat(meetings.invitations(meetingId))
                .extracting(Meeting.Invitation::email)
                .containsExactlyInAnyOrder(first, second);
        assertThat(lists.isActiveMember(listId, first)).isTrue();
        assertThat(lists.isActiveMember(listId, second)).isTrue();

        // the same person again, or no address: refused in Danish, nothing stored
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/kontakter")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("name", "Søren igen")
                        .param("email", second.toUpperCase(java.util.Locale.ROOT)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Personen er allerede kontaktperson for medlemmet.")));
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/kontakter")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("name", "Uden adresse")
                        .param("email", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv kontaktpersonens e-mailadresse.")));
        assertThat(networks.member(id, memberId).orElseThrow().contacts()).hasSize(2);

        // the second contact is removed: off the list, the first stays
        long secondId = networks.member(id, memberId).orElseThrow().contacts().stream()
                .filter(c -> c.email().equals(second))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/kontakter/" + secondId + "/fjern")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(lists.isActiveMember(listId, second)).isFalse();
        assertThat(lists.isActiveMember(listId, first)).isTrue();
        // and is no longer invited: the cancellation of the same calendar entry
        VEvent uninvited = event(mail(second, 4, "Ikke længere inviteret: Varmemøde"), "CANCEL");
        assertThat(value(uninvited, Property.UID)).isEqualTo(value(invited, Property.UID));
        assertThat(meetings.invitations(meetingId))
                .extracting(Meeting.Invitation::email)
                .containsExactly(first);
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/kontakter/" + secondId + "/fjern")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontaktpersonen findes ikke længere.")));

        // leaving in ten days: still a member (and on the list) until then
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/udmeld")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("leftOn", networks.today().plusDays(10).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(networks.activeMembers(id)).extracting(Member::id).containsExactly(memberId);
        assertThat(lists.isActiveMember(listId, first)).isTrue();
        // invited to the meeting before the leaving day, no longer to the one after it
        assertThat(meetings.invitations(meetingId))
                .extracting(Meeting.Invitation::email)
                .containsExactly(first);
        event(mail(first, 3, "Ikke længere inviteret: Vintermøde"), "CANCEL");
        assertThat(meetings.invitations(laterId)).isEmpty();
        membershipDays.run();
        assertThat(lists.isActiveMember(listId, first)).isTrue();

        // the day comes: the nightly run takes the contact off the list
        jdbc.sql("UPDATE network_member SET left_on = :today WHERE id = :id")
                .param("today", networks.today())
                .param("id", memberId)
                .update();
        assertThat(networks.activeMembers(id)).isEmpty();
        membershipDays.run();
        assertThat(lists.isActiveMember(listId, first)).isFalse();
        mvc.perform(post("/intern/netvaerk/" + id + "/medlemmer/" + memberId + "/kontakter")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("name", "For sent")
                        .param("email", email("late")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Medlemmet er meldt ud")));
    }

    @Test
    void agendaDocumentsReachStaffMembersThroughTheMinutesLinkAndThePublicWhenTheMinutesArePublic() throws Exception {
        long id = networks.create(new NetworkForm("Netværk " + UUID.randomUUID(), "Energi.", true, ""));
        String contact = email("docs");
        addMember(id, "Bilag ApS", "Birgit", contact, networks.today());
        long meetingId = meeting(id, "Bilagsmøde", LocalDate.now(clock).plusDays(3), 10);
        String base = "/intern/netvaerk/" + id + "/moeder/" + meetingId;
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        // a file that only claims to be a PDF is refused by its content, nothing stored
        mvc.perform(multipart(base + "/dagsorden")
                        .file(new MockMultipartFile("file", "budget.pdf", "application/pdf", "<html>".getBytes()))
                        .param("title", "Budget")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen er ikke en PDF")));
        assertThat(meetings.find(id, meetingId).orElseThrow().agenda()).isEmpty();
        // a description beyond 2,000 characters is refused in Danish, nothing stored
        mvc.perform(multipart(base + "/dagsorden")
                        .param("title", "Budget")
                        .param("description", "x".repeat(2001))
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Beskrivelsen må højst være 2.000 tegn.")));
        assertThat(meetings.find(id, meetingId).orElseThrow().agenda()).isEmpty();

        mvc.perform(multipart(base + "/dagsorden")
                        .file(new MockMultipartFile("file", "solceller.pdf", "application/pdf", pdf))
                        .param("title", "Solceller på tagene")
                        .param("presenter", "Mette Holm")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Meeting.AgendaItem item =
                meetings.find(id, meetingId).orElseThrow().agenda().get(0);
        assertThat(item.presenter()).isEqualTo("Mette Holm");
        long documentId = item.documents().get(0).id();
        mvc.perform(get(base + "/dokumenter/" + documentId)
                        .with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get(base + "/dokumenter/" + documentId)).andExpect(status().is3xxRedirection());

        // held and minuted: the mail links to the minutes with the documents
        jdbc.sql("""
                        UPDATE network_meeting SET starts_at = now() - interval '2 hours',
                            ends_at = now() - interval '1 hour' WHERE id = :id""").param("id", meetingId).update();
        meetings.publishMinutes(id, meetingId, new MinutesForm("Vi så på solceller.", "", "", "", "", null));
        String minutesMail = TestSmtp.text(mail(contact, 2, "Referat"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/netvaerk/moede\\?t=\\S+)")
                .matcher(minutesMail);
        assertThat(link.find()).as("a link to the documents in: " + minutesMail).isTrue();
        String path = link.group(1);
        String token = path.substring(path.indexOf("?t=") + 3);
        mvc.perform(get("/netvaerk/moede").param("t", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi så på solceller.")))
                .andExpect(content().string(containsString("solceller.pdf")));
        mvc.perform(get("/netvaerk/moede/dokumenter/" + documentId).param("t", token))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/netvaerk/moede/dokumenter/" + documentId).param("t", token + "x"))
                .andExpect(status().isNotFound());

        // public only once the secretariat chooses
        mvc.perform(get("/netvaerk/" + id + "/moeder/" + meetingId)).andExpect(status().isNotFound());
        mvc.perform(get("/netvaerk/" + id + "/moeder/" + meetingId + "/dokumenter/" + documentId))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/referat/offentlig")
                        .param("public", "true")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/netvaerk/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/netvaerk/" + id + "/moeder/" + meetingId)));
        mvc.perform(get("/netvaerk/" + id + "/moeder/" + meetingId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi så på solceller.")));
        mvc.perform(get("/netvaerk/" + id + "/moeder/" + meetingId + "/dokumenter/" + documentId))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        mvc.perform(post(base + "/referat/offentlig")
                        .param("public", "maybe")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg, om referatet skal vises offentligt.")));
    }

    private long outboxFor(String recipient) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    private List<String> agendaTitles(long networkId, long meetingId) {
        return meetings.find(networkId, meetingId).orElseThrow().agenda().stream()
                .map(Meeting.AgendaItem::title)
                .toList();
    }

    /**
     * Before the minutes, an agenda item's title, presenter and place change and an item (with its document) is
     * deleted, without a new invitation to anyone; bad input is refused in Danish with nothing changed; once the
     * minutes exist, both are refused in Danish.
     */
    @Test
    void agendaItemsChangeAndGoUntilTheMinutesExistWithoutANewInvitation() throws Exception {
        long id = network();
        String contact = email("dagsorden");
        addMember(id, "Dagsorden ApS", "Dorte", contact, networks.today());
        long meetingId = meeting(id, "Dagsordensmøde", LocalDate.now(clock).plusDays(5), 11);
        mail(contact, 1, "Invitation");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long welcome =
                meetings.addAgendaItem(id, meetingId, new AgendaItemForm("Velkomst", null, null), "velkomst.pdf", pdf);
        long report = meetings.addAgendaItem(id, meetingId, new AgendaItemForm("Status", "Dorte", null), null, null);
        long solar = meetings.addAgendaItem(id, meetingId, new AgendaItemForm("Solceller", null, ""), null, null);
        long other = meeting(id, "Andet møde", LocalDate.now(clock).plusDays(6), 11);
        long invitations = outboxFor(contact);
        String base = "/intern/netvaerk/" + id + "/moeder/" + meetingId;

        mvc.perform(get(base)
                        .param("punkt", String.valueOf(solar))
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agenda-change-form\"")))
                .andExpect(content().string(containsString("value=\"Solceller\"")));

        // bad input: no title, a place beyond the agenda, an item of another meeting
        mvc.perform(post(base + "/dagsorden/" + solar + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .header("Accept-Language", "da")
                        .param("agendaTitle", " ")
                        .param("agendaPosition", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv dagsordenspunktets titel.")));
        mvc.perform(post(base + "/dagsorden/" + solar + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .header("Accept-Language", "da")
                        .param("agendaTitle", "Solceller")
                        .param("agendaPosition", "9"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg punktets nummer på dagsordenen.")));
        mvc.perform(post(base + "/dagsorden/" + solar + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .header("Accept-Language", "da")
                        .param("agendaTitle", "Solceller")
                        .param("agendaDescription", "x".repeat(2001))
                        .param("agendaPosition", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Beskrivelsen må højst være 2.000 tegn.")));
        mvc.perform(post("/intern/netvaerk/" + id + "/moeder/" + other + "/dagsorden/" + solar + "/slet")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(agendaTitles(id, meetingId)).containsExactly("Velkomst", "Status", "Solceller");

        // the last item is renamed, gets a presenter and moves to the top; the others keep their order
        mvc.perform(post(base + "/dagsorden/" + solar + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .param("agendaTitle", "Solceller på tagene")
                        .param("agendaPresenter", "Mette Holm")
                        .param("agendaDescription", "  Hvad tre tage har lært os.  ")
                        .param("agendaPosition", "1"))
                .andExpect(status().is3xxRedirection());
        Meeting changed = meetings.find(id, meetingId).orElseThrow();
        assertThat(changed.agenda().get(0).description()).isEqualTo("Hvad tre tage har lært os.");
        assertThat(changed.agenda().get(1).description()).isNull();
        assertThat(agendaTitles(id, meetingId)).containsExactly("Solceller på tagene", "Velkomst", "Status");
        assertThat(changed.agenda().get(0).presenter()).isEqualTo("Mette Holm");

        // the first item goes, with its document
        mvc.perform(post(base + "/dagsorden/" + welcome + "/slet")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(agendaTitles(id, meetingId)).containsExactly("Solceller på tagene", "Status");
        assertThat(jdbc.sql("SELECT count(*) FROM network_agenda_document WHERE item_id = :id")
                        .param("id", welcome)
                        .query(Long.class)
                        .single())
                .isZero();
        // nobody is invited again for an agenda change
        assertThat(outboxFor(contact)).isEqualTo(invitations);

        // held and minuted: the agenda stays as the minutes found it
        jdbc.sql("""
                        UPDATE network_meeting SET starts_at = now() - interval '2 hours',
                            ends_at = now() - interval '1 hour' WHERE id = :id""").param("id", meetingId).update();
        meetings.publishMinutes(id, meetingId, new MinutesForm("Solceller drøftet.", "", "", "", "", null));
        mvc.perform(post(base + "/dagsorden/" + report + "/rediger")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .header("Accept-Language", "da")
                        .param("agendaTitle", "Status efter mødet")
                        .param("agendaPosition", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString(
                                "Mødet er holdt, og referatet er skrevet, så dagsordenen kan ikke længere ændres.")));
        mvc.perform(post(base + "/dagsorden/" + report + "/slet")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf())
                        .header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("dagsordenen kan ikke længere ændres")));
        assertThat(agendaTitles(id, meetingId)).containsExactly("Solceller på tagene", "Status");
        mvc.perform(get(base)
                        .param("punkt", String.valueOf(report))
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agenda-locked\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("agenda-change-form"))));
    }
}
