package dk.samspil.agreement.internal.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.platform.Roles;
import dk.samspil.platform.SignedTokens;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 20, point 4: the annual wheel's items through their forms, the iCalendar feed read back with ical4j (the
 * status meetings of 2027 fall in February, May, August and November), the personal feed token, the refusals of rules
 * the wheel cannot draw (Danish, nothing stored) and the owners' reminders (each date once, over real SMTP).
 */
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WheelTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    private static final Pattern FEED_LINK = Pattern.compile("id=\"wheel-feed\" href=\"[^\"]*token=([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    WheelReminders reminders;

    @Autowired
    SignedTokens signedTokens;

    private String manager;
    private long managerId;

    @BeforeEach
    void manager() {
        manager = "leder-" + UUID.randomUUID() + "@example.dk";
        managerId = staffUser(manager, "Mette Leder", Roles.MANAGEMENT);
    }

    private long staffUser(String email, String name, String role) {
        long id = jdbc.sql(
                        "INSERT INTO staff_user (email, name, created_at) VALUES (:email, :name, now()) RETURNING id")
                .param("email", email)
                .param("name", name)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, :role)")
                .param("id", id)
                .param("role", role)
                .update();
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen")));
    }

    private MockHttpServletRequestBuilder newItem(String title, String startsOn, String rrule) {
        return newItem(title, startsOn, rrule, "STATUS_MEETING", "");
    }

    private MockHttpServletRequestBuilder newItem(
            String title, String startsOn, String rrule, String category, String reminderDays) {
        return post("/intern/aarshjul/ny")
                .with(user(manager).roles(Roles.MANAGEMENT))
                .with(csrf())
                .param("title", title)
                .param("description", "Indikatorer, budget og handlinger.")
                .param("category", category)
                .param("startsOn", startsOn)
                .param("rrule", rrule)
                .param("ownerId", String.valueOf(managerId))
                .param("reminderDays", reminderDays);
    }

    private long items(String title) {
        return jdbc.sql("SELECT count(*) FROM agreement_wheel_item WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    private String feed(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The months of the event's dates in 2027, expanded by ical4j from the feed's DTSTART and RRULE. */
    private static List<Month> monthsIn2027(String ics, String title) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT " + title + " in\n" + ics));
        LocalDate start = event.<DtStart<LocalDate>>getProperty(Property.DTSTART)
                .orElseThrow()
                .getDate();
        RRule<LocalDate> rule =
                event.<RRule<LocalDate>>getProperty(Property.RRULE).orElseThrow();
        return rule.getRecur().getDates(start, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).stream()
                .map(LocalDate::getMonth)
                .toList();
    }

    @Test
    void theFeedCarriesTheStatusMeetingsAsAnRruleThatFallsInFebruaryMayAugustAndNovember2027() throws Exception {
        String title = "Statusmøde " + UUID.randomUUID();
        mvc.perform(newItem(title, "2026-01-01", "FREQ=YEARLY;BYMONTH=2,5,8,11;BYDAY=3TU"))
                .andExpect(status().is3xxRedirection());
        assertThat(items(title)).isEqualTo(1);

        String ics = feed(get("/intern/aarshjul.ics").with(user("c@example.dk").roles(Roles.CONSULTANT)));
        assertThat(ics).contains("BEGIN:VCALENDAR", "RRULE:FREQ=YEARLY;BYMONTH=2,5,8,11;BYDAY=3TU");
        assertThat(monthsIn2027(ics, title)).containsExactly(Month.FEBRUARY, Month.MAY, Month.AUGUST, Month.NOVEMBER);

        // the wheel of 2027 draws the four dates as marks and lists them in its table
        String page = mvc.perform(
                        get("/intern/aarshjul?aar=2027").with(user(manager).roles(Roles.MANAGEMENT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "16. februar 2027: " + title,
                        "18. maj 2027: " + title,
                        "17. august 2027: " + title,
                        "16. november 2027: " + title,
                        // the rule in words next to its text
                        "Hvert år, i februar, maj, august og november, 3. tirsdag");
        assertThat(Pattern.compile("class=\"wheel-mark\"[^>]*aria-label=\"[^\"]*" + Pattern.quote(title))
                        .matcher(page)
                        .results()
                        .count())
                .isEqualTo(4);
    }

    @Test
    void theFeedIsForReadersAndForPersonalTokensOnly() throws Exception {
        String title = "Fornyelse " + UUID.randomUUID();
        mvc.perform(newItem(title, "2026-01-01", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"))
                .andExpect(status().is3xxRedirection());

        String token = newFeedLink(manager);

        // a calendar client with the token, not logged in
        assertThat(feed(get("/intern/aarshjul.ics").param("token", token))).contains("SUMMARY:" + title);

        // without a token, with a token altered, made for another purpose, or for a user who may not read the wheel
        mvc.perform(get("/intern/aarshjul.ics")).andExpect(status().isForbidden());
        mvc.perform(get("/intern/aarshjul.ics").param("token", token.substring(0, token.length() - 2) + "xx"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/intern/aarshjul.ics")
                        .param(
                                "token",
                                signedTokens.create("alerts.manage", String.valueOf(managerId), Duration.ofDays(1))))
                .andExpect(status().isForbidden());
        long caseworker = staffUser("sag-" + UUID.randomUUID() + "@example.dk", "Sara Sag", Roles.CASEWORKER);
        mvc.perform(get("/intern/aarshjul.ics")
                        .param(
                                "token",
                                signedTokens.create(
                                        "agreement.wheel-feed", String.valueOf(caseworker), Duration.ofDays(1))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/intern/aarshjul.ics").with(user("j@example.dk").roles(Roles.JOBCENTER)))
                .andExpect(status().isForbidden());

        // the token of a user who has left stops working
        jdbc.sql("UPDATE staff_user SET active = false WHERE id = :id")
                .param("id", managerId)
                .update();
        mvc.perform(get("/intern/aarshjul.ics").param("token", token)).andExpect(status().isForbidden());
    }

    /**
     * Makes a feed link for {@code email} through the wheel page's button; its token, read from the one page that
     * shows its address (the page the answer leads to), which is checked to be a link to the feed.
     */
    private String newFeedLink(String email) throws Exception {
        MvcResult made = mvc.perform(post("/intern/aarshjul/kalenderlinks")
                        .with(user(email).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/intern/aarshjul#wheel-feeds"))
                .andReturn();
        String page = mvc.perform(get("/intern/aarshjul")
                        .with(user(email).roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .cookie(made.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher link = FEED_LINK.matcher(page);
        assertThat(link.find()).as("the new link's address on the wheel page").isTrue();
        assertThat(page).contains("det vises kun denne ene gang");
        return link.group(1);
    }

    private String wheelPage(String email) throws Exception {
        return mvc.perform(get("/intern/aarshjul")
                        .with(user(email).roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long feedLinkId(String token) {
        return jdbc.sql("SELECT id FROM agreement_wheel_feed_link WHERE token_hint = :hint ORDER BY id DESC LIMIT 1")
                .param("hint", token.substring(token.length() - 6))
                .query(Long.class)
                .single();
    }

    @Test
    void eachFeedLinkIsRevokedOnItsOwnAndThenGone() throws Exception {
        String first = newFeedLink(manager);
        String second = newFeedLink(manager);
        assertThat(first).isNotEqualTo(second);
        feed(get("/intern/aarshjul.ics").param("token", first));
        feed(get("/intern/aarshjul.ics").param("token", second));
        // the address is shown once; afterwards the page lists the links by their last characters
        String page = wheelPage(manager);
        assertThat(page).doesNotContain(first, second);
        assertThat(page)
                .contains(
                        "Tilbagekald linket, der slutter på " + first.substring(first.length() - 6),
                        "Tilbagekald linket, der slutter på " + second.substring(second.length() - 6));
        // no token is stored as such
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_wheel_feed_link WHERE token_hash IN (:a, :b)")
                        .param("a", first)
                        .param("b", second)
                        .query(Long.class)
                        .single())
                .isZero();

        // someone else cannot revoke the manager's link, nor can a user who does not read the wheel
        String other = "leder-" + UUID.randomUUID() + "@example.dk";
        staffUser(other, "Anden Leder", Roles.MANAGEMENT);
        mvc.perform(post("/intern/aarshjul/kalenderlinks/" + feedLinkId(first) + "/tilbagekald")
                        .with(user(other).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/intern/aarshjul/kalenderlinks/" + feedLinkId(first) + "/tilbagekald")
                        .with(user(manager).roles(Roles.JOBCENTER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        feed(get("/intern/aarshjul.ics").param("token", first));

        mvc.perform(post("/intern/aarshjul/kalenderlinks/" + feedLinkId(first) + "/tilbagekald")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "agreement.wheel.feed.revoked"));
        mvc.perform(get("/intern/aarshjul.ics").param("token", first)).andExpect(status().isGone());
        feed(get("/intern/aarshjul.ics").param("token", second));
        assertThat(wheelPage(manager))
                .doesNotContain("slutter på " + first.substring(first.length() - 6))
                .contains("slutter på " + second.substring(second.length() - 6));
        // a revoked link stays revoked: a second revocation finds nothing
        mvc.perform(post("/intern/aarshjul/kalenderlinks/" + feedLinkId(first) + "/tilbagekald")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                        WHERE entity_type = 'agreement_wheel_feed_link' AND entity_id = :id AND action = 'UPDATE'""")
                        .param("id", String.valueOf(feedLinkId(first)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theLinksFromBeforeLinksWereStoredWorkUntilRevokedAllTogether() throws Exception {
        // a user who existed when the links began to be stored (the migration gave every user then a row)
        jdbc.sql(
                        "INSERT INTO agreement_wheel_feed_legacy (staff_user_id, expires_at) VALUES (:id, now() + interval '1 day')")
                .param("id", managerId)
                .update();
        String old = signedTokens.create("agreement.wheel-feed", String.valueOf(managerId), Duration.ofDays(300));
        feed(get("/intern/aarshjul.ics").param("token", old));
        assertThat(wheelPage(manager)).contains("id=\"legacy-feed-links\"", "Tilbagekald alle ældre links");

        mvc.perform(post("/intern/aarshjul/kalenderlinks/aeldre/tilbagekald")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/intern/aarshjul.ics").param("token", old)).andExpect(status().isGone());
        assertThat(wheelPage(manager)).doesNotContain("legacy-feed-links").contains("id=\"feed-links-none\"");
        mvc.perform(post("/intern/aarshjul/kalenderlinks/aeldre/tilbagekald")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void rulesTheWheelCannotDrawAreRefusedInDanishAndNothingIsStored() throws Exception {
        String title = "Refused " + UUID.randomUUID();
        record Case(String rule, String message) {}
        for (Case refused : List.of(
                new Case("FREQ=SECONDLY", "Årshjulet kan ikke tegne FREQ=SECONDLY"),
                new Case("FREQ=MINUTELY", "Årshjulet kan ikke tegne FREQ=MINUTELY"),
                new Case("FREQ=HOURLY;INTERVAL=2", "Årshjulet kan ikke tegne FREQ=HOURLY"),
                new Case("FREQ=WEEKLY;BYDAY=MO,TU,WE", "datoer på et år, men årshjulet kan højst tegne 60"),
                new Case("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "Reglen giver ingen datoer"),
                new Case("FREQ=YEARLY;BYSETPOS=-1", "Årshjulet kan ikke tegne en regel med BYSETPOS"),
                new Case("FREQ=YEARLY;BYMONTH=14", "BYMONTH har en værdi, reglen ikke kan bruge"),
                new Case("FREQ=YEARLY;;", "kan ikke læses"),
                new Case("hver november", "Reglen kan ikke læses"))) {
            mvc.perform(newItem(title, "2026-01-01", refused.rule()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(refused.message())))
                    .andExpect(content().string(containsString("id=\"error-summary\"")));
        }
        // every error at once, the user's input kept
        mvc.perform(post("/intern/aarshjul/ny")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf())
                        .param("title", title)
                        .param("category", "BUDGET")
                        .param("startsOn", "2026-01-01")
                        .param("rrule", "FREQ=DAILY")
                        .param("reminderDays", "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Årshjulet kan ikke tegne FREQ=DAILY")))
                .andExpect(content().string(containsString("Vælg en ansvarlig, som kan få påmindelsen")))
                .andExpect(content().string(containsString("value=\"FREQ=DAILY\"")));
        assertThat(items(title)).isZero();

        // an edit with a bad rule leaves the item as it was
        String kept = "Kept " + UUID.randomUUID();
        mvc.perform(newItem(kept, "2026-01-01", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM agreement_wheel_item WHERE title = :t")
                .param("t", kept)
                .query(Long.class)
                .single();
        mvc.perform(post("/intern/aarshjul/" + id + "/rediger")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf())
                        .param("title", kept)
                        .param("category", "RENEWAL")
                        .param("startsOn", "2026-01-01")
                        .param("rrule", "FREQ=MINUTELY"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT rrule || ' ' || category FROM agreement_wheel_item WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30 STATUS_MEETING");

        // consultants read the wheel, and find it on their start page, but do not change it
        mvc.perform(get("/intern").with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Næste i årshjulet")))
                .andExpect(content().string(containsString("href=\"/intern/aarshjul\"")));
        mvc.perform(get("/intern/aarshjul").with(user("c@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kept)));
        mvc.perform(post("/intern/aarshjul/" + id + "/slet")
                        .with(user("c@example.dk").roles(Roles.CONSULTANT))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/intern/aarshjul/" + id + "/slet")
                        .with(user(manager).roles(Roles.MANAGEMENT))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(items(kept)).isZero();
        assertThat(jdbc.sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_entry"
                                + " WHERE entity_type = 'agreement.wheelItem' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo("CREATE,DELETE");
    }

    @Test
    void ownersAreRemindedOnceOfEachDateComingUp() throws Exception {
        LocalDate today = today();
        String once = "Budgetmøde " + UUID.randomUUID();
        mvc.perform(newItem(once, today.plusDays(3).toString(), "", "BUDGET", "5"))
                .andExpect(status().is3xxRedirection());
        // a weekly item on the weekday after tomorrow: two dates within the ten days of its reminder
        String weekly = "Ugemøde " + UUID.randomUUID();
        String weekday = today.plusDays(2).getDayOfWeek().name().substring(0, 2);
        mvc.perform(newItem(weekly, today.toString(), "FREQ=WEEKLY;BYDAY=" + weekday, "OTHER", "10"))
                .andExpect(status().is3xxRedirection());
        // far off: no reminder yet
        String later = "Senere " + UUID.randomUUID();
        mvc.perform(newItem(later, today.plusDays(40).toString(), "", "OTHER", "7"))
                .andExpect(status().is3xxRedirection());

        reminders.remind();
        reminders.remind();

        MimeMessage[] mails = TestSmtp.awaitMails(greenMail, manager, 3);
        assertThat(mails).hasSize(3);
        assertThat(List.of(mails).stream().map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .anyMatch(subject -> subject.contains(once))
                .filteredOn(subject -> subject.contains(weekly))
                .hasSize(2);
        assertThat(TestSmtp.text(mails[0])).contains("Kære Mette Leder", "/intern/aarshjul?aar=");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r")
                        .param("r", manager)
                        .query(Long.class)
                        .single())
                .as("each date reminded once, however often the job runs")
                .isEqualTo(3);
    }
}
