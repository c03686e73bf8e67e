package dk.samspil.engagement.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.engagement.EngagementEventAnnounced;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a company sees of events before and after registering: weekday and time range, seats left, "Fuldt –
 * venteliste", the deadline, filters, past events with their minutes, the limit per company, the place on the waiting
 * list, and the online meeting link that only registrants with a seat get.
 */
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventInvitationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProcurementService procurements;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    EventLinks links;

    @Autowired
    ApplicationEvents applicationEvents;

    @LocalServerPort
    int port;

    private EventFixtures fixtures;
    private String staff;
    private String reference;

    @BeforeEach
    void setUp() {
        fixtures = new EventFixtures(jdbc, port);
        staff = fixtures.token(Roles.PROCUREMENT);
        reference = EventFixtures.publishedEntry(procurements, transactions, "Møbler " + PublicEntries.uniqueWord());
    }

    /** An event as the staff API takes it; {@code null} leaves a field out. */
    private String json(
            String type,
            String title,
            OffsetDateTime start,
            Integer capacity,
            Integer perCompany,
            OffsetDateTime deadline,
            String place,
            String onlineUrl,
            String theme) {
        return """
                {"type": "%s", "title": "%s", "description": "Kom og vær med.", "startsAt": "%s", "endsAt": "%s",
                 "place": %s, "onlineUrl": %s, "capacity": %s, "participantsPerCompany": %s,
                 "registrationDeadline": %s, "procurementReferences": ["%s"], "theme": %s}""".formatted(
                        type,
                        title,
                        start,
                        start.plusMinutes(150),
                        quoted(place),
                        quoted(onlineUrl),
                        capacity,
                        perCompany,
                        quoted(deadline == null ? null : deadline.toString()),
                        reference,
                        quoted(theme));
    }

    /** In {@code days} at {@code hour} o'clock Copenhagen time, summer or winter. */
    private static OffsetDateTime at(int days, int hour) {
        return ZonedDateTime.now(DanishFormats.ZONE)
                .plusDays(days)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(hour)
                .toOffsetDateTime();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private long workshop(String title, int capacity, String theme) {
        return fixtures.publishedEvent(
                staff, json("OPI_WORKSHOP", title, at(10, 13), capacity, null, null, "Slagelse Rådhus", null, theme));
    }

    private static String danish(Supplier<String> formatted) {
        LocaleContextHolder.setLocale(DanishFormats.DANISH);
        try {
            return formatted.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void theListShowsWeekdayTimeRangeSeatsLeftFullAndTheDeadline() throws Exception {
        String theme = "Tema " + PublicEntries.uniqueWord();
        String open = "Workshop " + PublicEntries.uniqueWord();
        String full = "Workshop " + PublicEntries.uniqueWord();
        long openId = workshop(open, 12, theme);
        long fullId = workshop(full, 1, theme);
        OffsetDateTime start = at(12, 10);
        OffsetDateTime deadline = start.minusDays(2);
        String withDeadline = "Markedsdialog " + PublicEntries.uniqueWord();
        long deadlineId = fixtures.publishedEvent(
                staff, json("MARKET_DIALOGUE", withDeadline, start, 40, null, deadline, "Jernbanegade 5", null, theme));
        fixtures.register(fullId, EventFixtures.registrationJson(EventFixtures.email(), 1));

        Event openEvent = events.get(openId);
        String page = mvc.perform(get("/arrangementer").param("tema", theme))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(danish(openEvent::when))
                .containsPattern(
                        "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \\d{1,2}\\. [a-z]+ \\d{4} kl\\. 13\\.00–15\\.30")
                .contains("12 ledige pladser")
                .contains("Fuldt – venteliste")
                .contains("Senest " + danish(() -> EventFormats.moment(deadline.toInstant())))
                // no deadline set: registration closes at the start
                .contains("Senest "
                        + danish(() -> EventFormats.moment(openEvent.details().startsAt())))
                .contains("3 arrangementer");

        mvc.perform(get("/arrangementer/" + fullId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fuldt – venteliste")))
                .andExpect(content().string(containsString("Skriv jer på ventelisten")))
                .andExpect(content()
                        .string(containsString(danish(() -> events.get(fullId).when()))));
        mvc.perform(get("/arrangementer/" + openId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12 ledige pladser af 12")))
                .andExpect(content().string(containsString("Højst 2")));
        mvc.perform(get("/api/v1/events/" + openId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrationDeadline")
                        .value(openEvent
                                .details()
                                .startsAt()
                                .atZone(DanishFormats.ZONE)
                                .toOffsetDateTime()
                                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        mvc.perform(get("/api/v1/events/" + deadlineId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantsPerCompany").doesNotExist());

        mvc.perform(get("/arrangementer")
                        .param("tema", theme)
                        .cookie(new jakarta.servlet.http.Cookie("samspil-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Full – waiting list")))
                .andExpect(content().string(containsString("12 free seats")))
                .andExpect(content().string(containsString(", 13:00–15:30")));
    }

    @Test
    void theListFiltersByTypeAndThemeWithPlainGetParameters() throws Exception {
        String theme = "Tema " + PublicEntries.uniqueWord();
        String workshop = "Workshop " + PublicEntries.uniqueWord();
        String dialogue = "Markedsdialog " + PublicEntries.uniqueWord();
        String otherTheme = "Workshop " + PublicEntries.uniqueWord();
        workshop(workshop, 10, theme);
        fixtures.publishedEvent(
                staff, json("MARKET_DIALOGUE", dialogue, at(11, 9), 10, null, null, "Rådhuset", null, theme));
        workshop(otherTheme, 10, "Tema " + PublicEntries.uniqueWord());

        // the theme matches whatever its case; the select offers it once
        String byTheme = mvc.perform(get("/arrangementer").param("tema", theme.toLowerCase()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byTheme)
                .contains(workshop, dialogue)
                .doesNotContain(otherTheme)
                .containsPattern("<option value=\"" + theme + "\"\\s+selected=\"selected\">");
        String byBoth = mvc.perform(get("/arrangementer").param("tema", theme).param("type", "OPI_WORKSHOP"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byBoth)
                .contains(workshop)
                .doesNotContain(dialogue, otherTheme)
                .containsPattern("<option value=\"OPI_WORKSHOP\"\\s+selected=\"selected\">")
                .contains("1 arrangement");
        String byType = mvc.perform(get("/arrangementer").param("type", "MARKET_DIALOGUE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byType).contains(dialogue).doesNotContain(workshop, otherTheme);

        // values that are no type or theme are ignored: every upcoming event shows
        mvc.perform(get("/arrangementer").param("type", "FEST").param("tema", "<script>x</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(workshop)))
                .andExpect(content().string(containsString(otherTheme)))
                .andExpect(content().string(not(containsString("<script>x"))));
        mvc.perform(get("/arrangementer").param("type", "INFORMATION_MEETING").param("tema", theme))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen kommende arrangementer passer til dit valg")));
    }

    /** A past event straight in the table (the service refuses a start in the past). */
    private long pastEvent(String title, String theme, int daysAgo) {
        Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
        return jdbc.sql("""
                        INSERT INTO engagement_event (type, title, starts_at, ends_at, place, theme, status, created_by,
                                                      created_at, updated_at, published_at)
                        VALUES ('MARKET_DIALOGUE', :title, :start, :end, 'Rådhuset', :theme, 'PUBLISHED', 'test',
                                :start, :start, :start) RETURNING id""")
                .param("title", title)
                .param("theme", theme)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(start.plus(Duration.ofHours(2))))
                .query(Long.class)
                .single();
    }

    @Test
    void pastEventsLinkToTheirPublishedMinutesAndPageByTwenty() throws Exception {
        String theme = "Tema " + PublicEntries.uniqueWord();
        String withMinutes = "Afholdt " + PublicEntries.uniqueWord();
        String withoutMinutes = "Afholdt " + PublicEntries.uniqueWord();
        long minutesId = pastEvent(withMinutes, theme, 3);
        pastEvent(withoutMinutes, theme, 4);
        jdbc.sql("""
                        INSERT INTO engagement_material (event_id, kind, title, body, published_by, published_at)
                        VALUES (:id, 'MINUTES', 'Referat', 'Vi talte om senge.', 'test', now())""").param("id", minutesId).update();
        String cancelled = "Aflyst " + PublicEntries.uniqueWord();
        long cancelledId = pastEvent(cancelled, theme, 5);
        jdbc.sql("UPDATE engagement_event SET status = 'CANCELLED' WHERE id = :id")
                .param("id", cancelledId)
                .update();
        String upcoming = "Workshop " + PublicEntries.uniqueWord();
        workshop(upcoming, 5, theme);

        String page = mvc.perform(get("/arrangementer/tidligere").param("tema", theme))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<h1>Tidligere arrangementer</h1>", withMinutes, withoutMinutes)
                .doesNotContain(cancelled, upcoming)
                .contains("href=\"/arrangementer/" + minutesId + "/materiale\"")
                .contains("Referat og materiale er ikke offentliggjort endnu")
                .contains("2 arrangementer");
        assertThat(page.indexOf(withMinutes)).as("latest first").isLessThan(page.indexOf(withoutMinutes));
        mvc.perform(get("/arrangementer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/arrangementer/tidligere\"")))
                .andExpect(content().string(not(containsString(withMinutes))));
        mvc.perform(get("/arrangementer/" + minutesId + "/materiale"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi talte om senge.")));

        String many = "Tema " + PublicEntries.uniqueWord();
        for (int i = 1; i <= 21; i++) {
            pastEvent("Møde " + i + " " + many, many, i);
        }
        String first = mvc.perform(get("/arrangementer/tidligere").param("tema", many))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first)
                .contains("21 arrangementer", "Side 1 af 2", "Møde 20 " + many)
                .doesNotContain("Møde 21 " + many)
                .contains("tema=" + many.replace(" ", "%20") + "&amp;side=2");
        mvc.perform(get("/arrangementer/tidligere").param("tema", many).param("side", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Møde 21 " + many)))
                .andExpect(content().string(not(containsString("Møde 20 " + many))));
        for (String bad : List.of("0", "-1", "x", "99999999999", "1.5")) {
            mvc.perform(get("/arrangementer/tidligere").param("tema", many).param("side", bad))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/arrangementer/tidligere").param("tema", many).param("side", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side 2 af 2")));
    }

    @Test
    void oneCompanyMayRegisterAtMostTheLimitByCvrOrElseByMailDomain() throws Exception {
        long id = workshop("Workshop " + PublicEntries.uniqueWord(), 30, null);
        assertThat(events.get(id).details().participantsPerCompany())
                .as("the workshop default")
                .isEqualTo(2);

        HttpResponse<String> tooMany = fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 3));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body())
                .contains(
                        "\"field\":\"participants\"",
                        "Hver virksomhed kan højst tilmelde 2 deltagere til dette arrangement");

        String cvr = EventFixtures.cvr();
        assertThat(fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 1, cvr))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> secondTwo =
                fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 2, cvr));
        assertThat(secondTwo.statusCode()).isEqualTo(409);
        assertThat(secondTwo.body()).contains("Jeres virksomhed har allerede tilmeldt 1 deltager", "Vælg højst 1");
        assertThat(fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 1, cvr))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> third =
                fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 1, cvr));
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("allerede tilmeldt 2 deltagere", "højst tilmelde 2");

        // without a CVR number the mail domain is the company; a CVR number of another company is another company
        String domain = "firma-" + UUID.randomUUID() + ".dk";
        assertThat(fixtures.register(id, EventFixtures.registrationJson("anne@" + domain, 2, null))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> sameDomain =
                fixtures.register(id, EventFixtures.registrationJson("bo@" + domain, 1, null));
        assertThat(sameDomain.statusCode()).isEqualTo(409);
        assertThat(sameDomain.body()).contains("allerede tilmeldt 2 deltagere");
        assertThat(fixtures.register(
                                id,
                                EventFixtures.registrationJson("carl@" + domain.toUpperCase(), 1, EventFixtures.cvr()))
                        .statusCode())
                .as("same domain, the earlier one without CVR")
                .isEqualTo(409);
        String groupDomain = "koncern-" + UUID.randomUUID() + ".dk";
        assertThat(fixtures.register(id, EventFixtures.registrationJson("a@" + groupDomain, 2, EventFixtures.cvr()))
                        .statusCode())
                .isEqualTo(201);
        assertThat(fixtures.register(id, EventFixtures.registrationJson("b@" + groupDomain, 2, EventFixtures.cvr()))
                        .statusCode())
                .as("two companies (two CVR numbers) of one group")
                .isEqualTo(201);

        // free mail says nothing about the company
        assertThat(fixtures.register(id, EventFixtures.registrationJson(UUID.randomUUID() + "@gmail.com", 2, null))
                        .statusCode())
                .isEqualTo(201);
        assertThat(fixtures.register(id, EventFixtures.registrationJson(UUID.randomUUID() + "@gmail.com", 2, null))
                        .statusCode())
                .isEqualTo(201);

        // the waiting list counts too: a company cannot queue more than the limit
        long small = workshop("Workshop " + PublicEntries.uniqueWord(), 1, null);
        String queued = EventFixtures.cvr();
        fixtures.register(small, EventFixtures.registrationJson(EventFixtures.email(), 1));
        HttpResponse<String> waiting =
                fixtures.register(small, EventFixtures.registrationJson(EventFixtures.email(), 2, queued));
        assertThat(waiting.body()).contains("\"WAITING\"");
        assertThat(fixtures.register(small, EventFixtures.registrationJson(EventFixtures.email(), 1, queued))
                        .statusCode())
                .isEqualTo(409);

        // the form says the same and keeps nothing
        String email = EventFixtures.email();
        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .param("name", "Ida")
                        .param("company", "Firma")
                        .param("cvr", cvr)
                        .param("email", email)
                        .param("participants", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Jeres virksomhed har allerede tilmeldt 2 deltagere")))
                .andExpect(content().string(containsString("participants-error")));
        assertThat(count("SELECT count(*) FROM engagement_registration WHERE email = :id", email))
                .isZero();
        mvc.perform(get("/arrangementer/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Højst 2 pr. virksomhed")));
    }

    @Test
    void staffSetTheLimitPerEventAndBadLimitsOrDeadlinesAreRefusedInDanish() throws Exception {
        var procurement = user("indkob@example.dk").roles(Roles.PROCUREMENT);
        String start = EventFormats.local(at(9, 9).toInstant());
        String end = EventFormats.local(at(9, 12).toInstant());
        for (String limit : List.of("0", "-1", "1.5", "mange", "10001")) {
            String title = "Workshop " + PublicEntries.uniqueWord();
            mvc.perform(post("/intern/arrangementer/ny")
                            .with(procurement)
                            .with(csrf())
                            .param("type", "OPI_WORKSHOP")
                            .param("title", title)
                            .param("startsAt", start)
                            .param("endsAt", end)
                            .param("place", "Rådhuset")
                            .param("participantsPerCompany", limit)
                            .param("procurementReferences", reference))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(
                            content()
                                    .string(
                                            containsString(
                                                    "Skriv det højeste antal deltagere pr. virksomhed som et helt tal fra 1 til 10.000")))
                    .andExpect(content().string(containsString("participantsPerCompany-error")));
            assertThat(count("SELECT count(*) FROM engagement_event WHERE title = :id", title))
                    .as(limit)
                    .isZero();
        }
        String late = "Workshop " + PublicEntries.uniqueWord();
        mvc.perform(post("/intern/arrangementer/ny")
                        .with(procurement)
                        .with(csrf())
                        .param("type", "OPI_WORKSHOP")
                        .param("title", late)
                        .param("startsAt", start)
                        .param("endsAt", end)
                        .param("place", "Rådhuset")
                        .param(
                                "registrationDeadline",
                                EventFormats.local(at(9, 10).toInstant()))
                        .param("procurementReferences", reference))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(containsString("Tilmeldingsfristen skal ligge før arrangementet begynder")));
        assertThat(count("SELECT count(*) FROM engagement_event WHERE title = :id", late))
                .isZero();

        HttpResponse<String> zero = fixtures.post(
                "/api/v1/events",
                json(
                        "OPI_WORKSHOP",
                        "Nul " + PublicEntries.uniqueWord(),
                        at(9, 9),
                        10,
                        0,
                        null,
                        "Rådhuset",
                        null,
                        null),
                staff);
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.body()).contains("\"field\":\"participantsPerCompany\"", "Skriv det højeste antal deltagere");
        OffsetDateTime apiStart = at(9, 9);
        HttpResponse<String> afterStart = fixtures.post(
                "/api/v1/events",
                json(
                        "OPI_WORKSHOP",
                        "Sen " + PublicEntries.uniqueWord(),
                        apiStart,
                        10,
                        null,
                        apiStart.plusHours(1),
                        "Rådhuset",
                        null,
                        null),
                staff);
        assertThat(afterStart.statusCode()).isEqualTo(422);
        assertThat(afterStart.body())
                .contains(
                        "\"field\":\"registrationDeadline\"",
                        "Tilmeldingsfristen skal ligge før arrangementet begynder");

        String title = "Workshop " + PublicEntries.uniqueWord();
        String location = mvc.perform(post("/intern/arrangementer/ny")
                        .with(procurement)
                        .with(csrf())
                        .param("type", "OPI_WORKSHOP")
                        .param("title", title)
                        .param("startsAt", start)
                        .param("endsAt", end)
                        .param("place", "Rådhuset")
                        .param("participantsPerCompany", " 5 ")
                        .param("procurementReferences", reference))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(events.get(id).details().participantsPerCompany()).isEqualTo(5);
        mvc.perform(get("/intern/arrangementer/" + id + "/rediger").with(procurement))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"5\"")))
                .andExpect(content().string(containsString("Tomt: 2 for OPI-workshops")));
        transactions.executeWithoutResult(s -> events.publish(id));
        assertThat(fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 5))
                        .statusCode())
                .isEqualTo(201);

        // a market dialogue has no limit unless staff set one
        long dialogue = fixtures.publishedEvent(
                staff,
                json(
                        "MARKET_DIALOGUE",
                        "Dialog " + PublicEntries.uniqueWord(),
                        at(9, 9),
                        50,
                        null,
                        null,
                        "Rådhuset",
                        null,
                        null));
        assertThat(events.get(dialogue).details().participantsPerCompany()).isNull();
        assertThat(fixtures.register(dialogue, EventFixtures.registrationJson(EventFixtures.email(), 6))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void participantsOutsideOneToFiftyAreRefusedInDanishAndNothingIsStored() throws Exception {
        long id = fixtures.publishedEvent(
                staff,
                json(
                        "MARKET_DIALOGUE",
                        "Dialog " + PublicEntries.uniqueWord(),
                        at(9, 9),
                        2000,
                        null,
                        null,
                        "Rådhuset",
                        null,
                        null));
        for (String participants : List.of("0", "-1", "1.5", "1000")) {
            HttpResponse<String> api =
                    fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), participants, null));
            // 1.5 is no whole number: 400 naming the field (never cut to 1); the others break the rule: 422
            assertThat(api.statusCode()).as(participants).isEqualTo(participants.equals("1.5") ? 400 : 422);
            assertThat(api.body())
                    .as(participants)
                    .contains("participants")
                    .contains(
                            participants.equals("1.5")
                                    ? "Feltet har en forkert type"
                                    : "Skriv antal deltagere som et tal fra 1 til 50");
            mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                            .with(csrf())
                            .param("name", "Ida")
                            .param("company", "Firma")
                            .param("email", EventFixtures.email())
                            .param("participants", participants))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Skriv antal deltagere som et tal fra 1 til 50")))
                    .andExpect(content().string(containsString("value=\"" + participants + "\"")));
        }
        assertThat(count("SELECT count(*) FROM engagement_registration WHERE event_id = :id", id))
                .isZero();

        // after the deadline: refused with a Danish message, the page says so
        jdbc.sql("UPDATE engagement_event SET registration_deadline = now() - interval '1 minute' WHERE id = :id")
                .param("id", id)
                .update();
        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .param("name", "Ida")
                        .param("company", "Firma")
                        .param("email", EventFixtures.email())
                        .param("participants", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tilmeldingsfristen er overskredet")));
        mvc.perform(get("/arrangementer/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fristen er overskredet")));
        assertThat(count("SELECT count(*) FROM engagement_registration WHERE event_id = :id", id))
                .isZero();
    }

    @Test
    void theWaitingListPageAndMailTellThePlaceInTheQueue() throws Exception {
        long id = workshop("Workshop " + PublicEntries.uniqueWord(), 1, null);
        String a = EventFixtures.email();
        String b = EventFixtures.email();
        String c = EventFixtures.email();
        for (String email : List.of(a, b, c)) {
            fixtures.register(id, EventFixtures.registrationJson(email, 1));
        }
        Event event = events.get(id);
        String tokenB = links.token(
                event, registrations.view(fixtures.registrationId(id, b)).registration());
        String tokenC = links.token(
                event, registrations.view(fixtures.registrationId(id, c)).registration());

        mvc.perform(get("/tilmelding/" + tokenC))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I er nr. 2 på ventelisten")));
        mvc.perform(get("/tilmelding/" + tokenB))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I er nr. 1 på ventelisten")));
        assertThat(fixtures.mails(c).get(0).text()).contains("I er nr. 2 på ventelisten.");
        mvc.perform(get("/tilmelding/" + tokenC).cookie(new jakarta.servlet.http.Cookie("samspil-lang", "en")))
                .andExpect(content().string(containsString("You are number 2 on the waiting list")));

        transactions.executeWithoutResult(s -> registrations.cancel(fixtures.registrationId(id, b)));
        mvc.perform(get("/tilmelding/" + tokenC))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I er nr. 1 på ventelisten")));
        mvc.perform(get("/tilmelding/" + tokenB))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("på ventelisten. Vi skriver"))));
    }

    @Test
    void theOnlineMeetingLinkReachesOnlyRegistrantsWithASeat() throws Exception {
        String url = "https://moede.example.dk/" + UUID.randomUUID();
        String title = "Infomøde " + PublicEntries.uniqueWord();
        HttpResponse<String> created = fixtures.post(
                "/api/v1/events", json("INFORMATION_MEETING", title, at(8, 10), 1, null, null, null, url, null), staff);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
        transactions.executeWithoutResult(s -> events.publish(id));
        assertThat(applicationEvents.stream(EngagementEventAnnounced.class).filter(e -> e.eventId() == id))
                .singleElement()
                .satisfies(announced -> assertThat(announced.place()).isNull());

        for (MockHttpServletRequestBuilder request : List.of(
                get("/arrangementer"),
                get("/arrangementer/" + id),
                get("/api/v1/events"),
                get("/api/v1/events/" + id),
                get("/kommende-indkob/" + reference))) {
            mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(not(containsString(url))));
        }
        mvc.perform(get("/api/v1/events/" + id))
                .andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.onlineUrl").doesNotExist());
        mvc.perform(get("/arrangementer/" + id))
                .andExpect(content().string(containsString("Linket til mødet får I, når I har en plads")));

        String seated = EventFixtures.email();
        String waiting = EventFixtures.email();
        fixtures.register(id, EventFixtures.registrationJson(seated, 1));
        fixtures.register(id, EventFixtures.registrationJson(waiting, 1));
        assertThat(fixtures.mails(seated).get(0).text()).contains("Link til online mødet: " + url);
        assertThat(fixtures.mails(waiting).get(0).text()).doesNotContain(url);
        Event event = events.get(id);
        String seatedToken = links.token(
                event, registrations.view(fixtures.registrationId(id, seated)).registration());
        String waitingToken = links.token(
                event, registrations.view(fixtures.registrationId(id, waiting)).registration());
        mvc.perform(get("/tilmelding/" + seatedToken))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + url + "\"")));
        mvc.perform(get("/tilmelding/" + waitingToken))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(url))));

        // the seat goes to the one waiting: now the link is theirs, by mail and on the page
        transactions.executeWithoutResult(s -> registrations.cancel(fixtures.registrationId(id, seated)));
        assertThat(fixtures.mails(waiting)).extracting(EventFixtures.Mail::text).noneMatch(text -> text.contains(url));
        transactions.executeWithoutResult(s -> registrations.accept(fixtures.registrationId(id, waiting)));
        assertThat(fixtures.mails(waiting)
                        .get(fixtures.mails(waiting).size() - 1)
                        .text())
                .contains(url);
        mvc.perform(get("/tilmelding/" + waitingToken))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + url + "\"")));
        mvc.perform(get("/tilmelding/" + seatedToken))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(url))));
    }
}
