package dk.samspil.engagement.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.engagement.EngagementEventAnnounced;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Events over the HTTP API and the pages: creation, registration, waiting list, mails with iCalendar, jobs. */
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventRegistrationTest extends IntegrationTest {

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
        reference = EventFixtures.publishedEntry(
                procurements, transactions, "Plejehjemsinventar " + PublicEntries.uniqueWord());
    }

    private long event(int capacity) {
        return fixtures.publishedEvent(
                staff,
                EventFixtures.eventJson(
                        "OPI_WORKSHOP",
                        "OPI-workshop " + PublicEntries.uniqueWord(),
                        EventFixtures.inDays(10, 9),
                        capacity,
                        List.of(reference),
                        "Plejehjem"));
    }

    @Test
    void staffCreateAnEventOverTheApiAndPublishingAnnouncesIt() {
        String title = "Markedsdialog " + PublicEntries.uniqueWord();
        HttpResponse<String> created = fixtures.post(
                "/api/v1/events",
                EventFixtures.eventJson(
                        "MARKET_DIALOGUE", title, EventFixtures.inDays(20, 13), 30, List.of(reference), null),
                staff);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));

        Event draft = events.get(id);
        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(draft.details().procurementReferences()).containsExactly(reference);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'EngagementEvent' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        transactions.executeWithoutResult(status -> events.publish(id));
        List<EngagementEventAnnounced> announced = applicationEvents.stream(EngagementEventAnnounced.class)
                .filter(e -> e.eventId() == id)
                .toList();
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).procurementReferences()).containsExactly(reference);
        assertThat(announced.get(0).url()).endsWith("/arrangementer/" + id);
        assertThat(events.get(id).status()).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void anyoneReadsPublishedEventsWithSeatsAndFreeSlotsOverTheApi() throws Exception {
        long workshop = event(2);
        fixtures.register(workshop, EventFixtures.registrationJson(EventFixtures.email(), 1));
        mvc.perform(get("/api/v1/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[?(@.id == " + workshop + ")].seatsLeft")
                        .value(1))
                .andExpect(jsonPath("$.events[?(@.id == " + workshop + ")].registrationOpen")
                        .value(true));
        mvc.perform(get("/api/v1/events/" + workshop))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("OPI_WORKSHOP"))
                .andExpect(jsonPath("$.procurementReferences[0]").value(reference))
                .andExpect(jsonPath("$.url").value(containsString("/arrangementer/" + workshop)))
                .andExpect(jsonPath("$.startsAt").value(containsString("+0")));

        HttpResponse<String> created = fixtures.post(
                "/api/v1/events",
                EventFixtures.eventJson(
                        "DIALOGUE_SLOTS",
                        "Dialogmøder " + PublicEntries.uniqueWord(),
                        EventFixtures.inDays(12, 9),
                        null,
                        List.of(reference),
                        null),
                staff);
        long dialogue = Long.parseLong(created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/events/" + dialogue)).andExpect(status().isNotFound());
        List<Slot> slots = transactions.execute(status -> events.generateSlots(dialogue, 60));
        transactions.executeWithoutResult(status -> events.publish(dialogue));
        fixtures.register(
                dialogue,
                EventFixtures.registrationJson(EventFixtures.email(), 1)
                        .replace("}", ", \"slotId\": " + slots.get(0).id() + "}"));
        mvc.perform(get("/api/v1/events/" + dialogue))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.freeSlots.length()").value(slots.size() - 1))
                .andExpect(jsonPath("$.freeSlots[0].id").value(slots.get(1).id()))
                .andExpect(jsonPath("$.seatsLeft").value(slots.size() - 1));

        mvc.perform(get("/api/v1/events/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(fixtures.post("/api/v1/events", "{}", null).statusCode()).isEqualTo(401);
    }

    /** Forged slot ids used to fill a dialogue event's slots through registrations for other events. */
    @Test
    void slotsOfAnotherEventAreRefusedAndEverySlotStaysFree() throws Exception {
        long dialogue = dialogueEvent();
        List<Slot> slots = transactions.execute(status -> events.generateSlots(dialogue, 60));
        transactions.executeWithoutResult(status -> events.publish(dialogue));
        long workshop = event(10);

        for (Slot slot : slots) {
            HttpResponse<String> forged = fixtures.register(
                    workshop,
                    EventFixtures.registrationJson(EventFixtures.email(), 1)
                            .replace("}", ", \"slotId\": " + slot.id() + "}"));
            assertThat(forged.statusCode()).isEqualTo(422);
            assertThat(forged.body()).contains("\"field\":\"slotId\"", "Arrangementet har ingen mødetider");
        }
        mvc.perform(post("/arrangementer/" + workshop + "/tilmelding")
                        .with(csrf())
                        .param("name", "Jens")
                        .param("company", "Firma")
                        .param("email", EventFixtures.email())
                        .param("participants", "1")
                        .param("slotId", String.valueOf(slots.get(0).id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Arrangementet har ingen mødetider")));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_registration WHERE event_id = :id")
                        .param("id", workshop)
                        .query(Long.class)
                        .single())
                .isZero();

        long otherDialogue = dialogueEvent();
        List<Slot> otherSlots = transactions.execute(status -> events.generateSlots(otherDialogue, 60));
        transactions.executeWithoutResult(status -> events.publish(otherDialogue));
        for (long slotId : List.of(otherSlots.get(0).id(), 999_999_999L)) {
            HttpResponse<String> notThisEvents = fixtures.register(
                    dialogue,
                    EventFixtures.registrationJson(EventFixtures.email(), 1)
                            .replace("}", ", \"slotId\": " + slotId + "}"));
            assertThat(notThisEvents.statusCode()).isEqualTo(422);
            assertThat(notThisEvents.body()).contains("\"field\":\"slotId\"", "Mødetiden findes ikke");
        }
        mvc.perform(post("/arrangementer/" + dialogue + "/tilmelding")
                        .with(csrf())
                        .param("name", "Jens")
                        .param("company", "Firma")
                        .param("email", EventFixtures.email())
                        .param("participants", "1")
                        .param("slotId", String.valueOf(otherSlots.get(0).id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mødetiden findes ikke")));

        mvc.perform(get("/api/v1/events/" + dialogue))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.freeSlots.length()").value(slots.size()));
        assertThat(events.slots(dialogue)).allMatch(Slot::free);

        // The database holds the rule too: a registration can only name a slot of its own event.
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, email, participants, status, slot_id,
                                                             created_at, updated_at)
                        VALUES (:event, 'Jens', 'Firma', :email, 1, 'CONFIRMED', :slot, now(), now())""")
                        .param("event", workshop)
                        .param("email", EventFixtures.email())
                        .param("slot", slots.get(0).id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);

        List<Slot> regenerated = transactions.execute(status -> events.generateSlots(dialogue, 30));
        assertThat(regenerated).hasSize(slots.size() * 2);
        HttpResponse<String> booked = fixtures.register(
                dialogue,
                EventFixtures.registrationJson(EventFixtures.email(), 1)
                        .replace("}", ", \"slotId\": " + regenerated.get(0).id() + "}"));
        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(events.slots(dialogue).get(0).free()).isFalse();
        assertThat(events.slots(dialogue).subList(1, regenerated.size())).allMatch(Slot::free);
    }

    /** A draft dialogue-slot event of three hours, without slots yet. */
    private long dialogueEvent() {
        HttpResponse<String> created = fixtures.post(
                "/api/v1/events",
                EventFixtures.eventJson(
                        "DIALOGUE_SLOTS",
                        "Dialogmøder " + PublicEntries.uniqueWord(),
                        EventFixtures.inDays(12, 9),
                        null,
                        List.of(reference),
                        null),
                staff);
        assertThat(created.statusCode()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void theEventApiRefusesBadInputAndOtherRoles() {
        String valid = EventFixtures.eventJson(
                "OPI_WORKSHOP", "OPI", EventFixtures.inDays(10, 9), 10, List.of(reference), null);

        assertThat(fixtures.post("/api/v1/events", valid, null).statusCode()).isEqualTo(401);
        assertThat(fixtures.post("/api/v1/events", valid, fixtures.token(Roles.CASEWORKER))
                        .statusCode())
                .isEqualTo(403);
        assertThat(fixtures.post("/api/v1/events", valid, fixtures.token(Roles.CONSULTANT))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> empty = fixtures.post("/api/v1/events", "{}", staff);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body())
                .contains(
                        "\"field\":\"type\"",
                        "\"field\":\"title\"",
                        "\"field\":\"startsAt\"",
                        "\"field\":\"place\"",
                        "\"field\":\"procurementReferences\"",
                        "Skriv en titel");

        HttpResponse<String> badType = fixtures.post("/api/v1/events", valid.replace("OPI_WORKSHOP", "PARTY"), staff);
        assertThat(badType.statusCode()).isEqualTo(422);
        assertThat(badType.body()).contains("Vælg en type af arrangement");

        HttpResponse<String> badDate = fixtures.post(
                "/api/v1/events",
                valid.replaceFirst("\"startsAt\": \"[^\"]+\"", "\"startsAt\": \"næste tirsdag\""),
                staff);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("startsAt");

        HttpResponse<String> unknownEntry =
                fixtures.post("/api/v1/events", valid.replace(reference, "FINDES-IKKE-1"), staff);
        assertThat(unknownEntry.statusCode()).isEqualTo(422);
        assertThat(unknownEntry.body()).contains("Indkøbet FINDES-IKKE-1 findes ikke");

        HttpResponse<String> past = fixtures.post(
                "/api/v1/events",
                EventFixtures.eventJson(
                        "OPI_WORKSHOP", "OPI", EventFixtures.inDays(-2, 9), 10, List.of(reference), null),
                staff);
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(past.body()).contains("Starttidspunktet skal ligge i fremtiden");

        HttpResponse<String> zero =
                fixtures.post("/api/v1/events", valid.replace("\"capacity\": 10", "\"capacity\": 0"), staff);
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.body()).contains("\"field\":\"capacity\"");

        assertThat(fixtures.post("/api/v1/events", "not json", staff).statusCode())
                .isEqualTo(400);
        assertThat(fixtures.post("/api/v1/events/999999999/publish", "", staff).statusCode())
                .isEqualTo(404);
    }

    /**
     * Issue 10, defects 3 and 11: a line break in an event title used to make every registration's mail throw, and a
     * start in year 999999999 gave a 500. Both are refused with a Danish message now, and a title stored with a line
     * break before the rule still takes registrations, with a clean one-line subject.
     */
    @Test
    void lineBreaksInTitlesAndFarDatesAreRefusedAndAStoredTitleWithALineBreakStillTakesRegistrations() {
        long before = jdbc.sql("SELECT count(*) FROM engagement_event")
                .query(Long.class)
                .single();
        HttpResponse<String> twoLines = fixtures.post(
                "/api/v1/events",
                EventFixtures.eventJson(
                        "OPI_WORKSHOP",
                        "OPI\\r\\nBcc: spion@example.dk",
                        EventFixtures.inDays(10, 9),
                        10,
                        List.of(reference),
                        null),
                staff);
        assertThat(twoLines.statusCode()).as(twoLines.body()).isEqualTo(422);
        assertThat(twoLines.body()).contains("\"field\":\"title\"", "én linje");
        for (int year : List.of(999_999_999, -999_999_999, 10_000)) {
            OffsetDateTime far = OffsetDateTime.of(year, 6, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1));
            HttpResponse<String> farOff = fixtures.post(
                    "/api/v1/events",
                    EventFixtures.eventJson("OPI_WORKSHOP", "OPI", far, 10, List.of(reference), null),
                    staff);
            assertThat(farOff.statusCode()).as("%s: %s", year, farOff.body()).isBetween(400, 422);
            assertThat(farOff.body()).as("year %s", year).contains("startsAt").doesNotContain("Exception");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        long id = event(10);
        jdbc.sql("UPDATE engagement_event SET title = 'Dialog om inventar\r\nBcc: spion@example.dk' WHERE id = :id")
                .param("id", id)
                .update();
        String email = EventFixtures.email();
        HttpResponse<String> registered = fixtures.register(id, EventFixtures.registrationJson(email, 1));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        EventFixtures.Mail confirmation = fixtures.mails(email).get(0);
        assertThat(confirmation.subject())
                .contains("Dialog om inventar Bcc: spion@example.dk")
                .doesNotContain("\r")
                .doesNotContain("\n");
    }

    @Test
    void capacityIsNeverExceededWhenTwentyRegisterAtOnce() throws Exception {
        long id = event(5);
        int requests = 20;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String json = EventFixtures.registrationJson(EventFixtures.email(), 1);
                answers.add(pool.submit(() -> {
                    start.await();
                    return fixtures.register(id, json);
                }));
            }
            start.countDown();
            int confirmed = 0;
            int waiting = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                confirmed += response.body().contains("\"CONFIRMED\"") ? 1 : 0;
                waiting += response.body().contains("\"WAITING\"") ? 1 : 0;
            }
            assertThat(confirmed).isEqualTo(5);
            assertThat(waiting).isEqualTo(15);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        SELECT coalesce(sum(participants), 0) FROM engagement_registration
                        WHERE event_id = :id AND status IN ('CONFIRMED', 'OFFERED')""").param("id", id).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_registration WHERE event_id = :id AND status = 'WAITING'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(15);
    }

    @Test
    void registrationRefusesBadInputWithDanishMessagesAndStoresNothing() {
        long id = event(3);
        String email = EventFixtures.email();

        HttpResponse<String> empty = fixtures.register(id, "{}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body())
                .contains(
                        "Skriv dit navn",
                        "Skriv virksomhedens navn",
                        "Skriv en e-mailadresse",
                        "Skriv antal deltagere");

        HttpResponse<String> bad = fixtures.register(id, EventFixtures.registrationJson("ikke-en-adresse", 0, "1234"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body())
                .contains("\"field\":\"email\"", "\"field\":\"participants\"", "Skriv et CVR-nummer med 8 cifre");
        assertThat(fixtures.register(id, "{\"participants\": \"mange\"}").statusCode())
                .isEqualTo(400);
        // the same rules as every other form and API: no truncated 1.5, no unknown language, no a@b, no line break
        HttpResponse<String> fraction =
                fixtures.register(id, EventFixtures.registrationJson(email, "1.5", EventFixtures.cvr()));
        assertThat(fraction.statusCode()).as(fraction.body()).isEqualTo(400);
        assertThat(fraction.body()).contains("participants");
        HttpResponse<String> language =
                fixtures.register(id, EventFixtures.registrationJson(email, 1).replace("}", ", \"language\": \"xx\"}"));
        assertThat(language.statusCode()).isEqualTo(422);
        assertThat(language.body()).contains("\"field\":\"language\"", "da (dansk) eller en (engelsk)");
        HttpResponse<String> shortAddress = fixtures.register(id, EventFixtures.registrationJson("a@b", 1));
        assertThat(shortAddress.statusCode()).isEqualTo(422);
        assertThat(shortAddress.body()).contains("\"field\":\"email\"");
        HttpResponse<String> twoLines = fixtures.register(
                id, EventFixtures.registrationJson(email, 1).replace("}", ", \"name\": \"Anne\\r\\nBcc: x@y.dk\"}"));
        assertThat(twoLines.statusCode()).isEqualTo(422);
        assertThat(twoLines.body()).contains("\"field\":\"name\"", "én linje");
        assertThat(fixtures.register(999_999_999L, EventFixtures.registrationJson(email, 1))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_registration WHERE event_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(fixtures.register(id, EventFixtures.registrationJson(email, 2))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> twice = fixtures.register(id, EventFixtures.registrationJson(email.toUpperCase(), 1));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("allerede tilmeldt");

        HttpResponse<String> tooMany = fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 2));
        assertThat(tooMany.statusCode()).isEqualTo(409);
        assertThat(tooMany.body()).contains("Der er kun 1 ledige pladser");
        HttpResponse<String> waitingList = fixtures.register(
                id,
                EventFixtures.registrationJson(EventFixtures.email(), 2).replace("}", ", \"joinWaitingList\": true}"));
        assertThat(waitingList.statusCode()).isEqualTo(201);
        assertThat(waitingList.body()).contains("\"WAITING\"");

        jdbc.sql("UPDATE engagement_event SET registration_deadline = now() - interval '1 hour' WHERE id = :id")
                .param("id", id)
                .update();
        HttpResponse<String> late = fixtures.register(id, EventFixtures.registrationJson(EventFixtures.email(), 1));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Tilmeldingsfristen er overskredet");

        long cancelled = event(3);
        transactions.executeWithoutResult(status -> events.cancel(cancelled, "Sygdom"));
        HttpResponse<String> toCancelled =
                fixtures.register(cancelled, EventFixtures.registrationJson(EventFixtures.email(), 1));
        assertThat(toCancelled.statusCode()).isEqualTo(409);
        assertThat(toCancelled.body()).contains("Arrangementet er aflyst");
    }

    @Test
    void theConfirmationCarriesAnInvitationAndCancellingSendsACancel() throws Exception {
        long id = event(10);
        String email = EventFixtures.email();
        assertThat(fixtures.register(id, EventFixtures.registrationJson(email, 1))
                        .statusCode())
                .isEqualTo(201);
        long registrationId = fixtures.registrationId(id, email);

        EventFixtures.Mail confirmation = fixtures.mails(email).get(0);
        assertThat(confirmation.subject()).startsWith("Tilmelding bekræftet");
        assertThat(confirmation.text()).contains("/tilmelding/");
        VEvent invitation = vevent(confirmation.attachments().get("invitation.ics"), "REQUEST");
        Event event = events.get(id);
        assertThat(Instant.from(invitation.getDateTimeStart().getDate()))
                .isEqualTo(event.details().startsAt());
        assertThat(Instant.from(invitation.getDateTimeEnd().getDate()))
                .isEqualTo(event.details().endsAt());
        assertThat(value(invitation, Property.ATTENDEE)).isEqualTo("mailto:" + email);
        assertThat(value(invitation, Property.ORGANIZER)).startsWith("mailto:");
        String uid = value(invitation, Property.UID);
        assertThat(uid).isEqualTo("event-" + id + "-registration-" + registrationId + "@localhost");
        assertThat(value(invitation, Property.SEQUENCE)).isEqualTo("0");

        transactions.executeWithoutResult(status -> registrations.cancel(registrationId));
        EventFixtures.Mail cancellation = fixtures.mails(email).get(1);
        VEvent cancel = vevent(cancellation.attachments().get("aflysning.ics"), "CANCEL");
        assertThat(value(cancel, Property.UID)).isEqualTo(uid);
        assertThat(value(cancel, Property.SEQUENCE)).isEqualTo("1");
        assertThat(fixtures.status(registrationId)).isEqualTo("CANCELLED");
    }

    @Test
    void registeringAndCancellingTheSameAddressInALoopCannotFloodItsMailbox() {
        long id = event(10);
        String email = EventFixtures.email();

        for (int round = 1; round <= 3; round++) {
            assertThat(fixtures.register(id, EventFixtures.registrationJson(email, 1))
                            .statusCode())
                    .as("registration %d", round)
                    .isEqualTo(201);
            long registrationId = fixtures.registrationId(id, email);
            transactions.executeWithoutResult(status -> registrations.cancel(registrationId));
            assertThat(fixtures.status(registrationId)).isEqualTo("CANCELLED");
        }

        assertThat(fixtures.mails(email))
                .extracting(EventFixtures.Mail::category)
                .as("one of each within samspil.mail-throttle.interval")
                .containsExactly("engagement.event.confirmed", "engagement.event.cancelled");
    }

    @Test
    void mailsGoOutInTheLanguageOfTheRegistration() throws Exception {
        long id = event(5);
        String english = EventFixtures.email();
        String danish = EventFixtures.email();
        assertThat(fixtures.register(
                                id, EventFixtures.registrationJson(english, 1).replace("}", ", \"language\": \"en\"}"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(fixtures.register(id, EventFixtures.registrationJson(danish, 1))
                        .statusCode())
                .isEqualTo(201);

        EventFixtures.Mail toEnglish = fixtures.mails(english).get(0);
        assertThat(toEnglish.subject()).startsWith("Registration confirmed");
        assertThat(toEnglish.text())
                .startsWith("Dear Jens Hansen")
                .containsPattern("Time: [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:00–\\d{2}:00");
        assertThat(toEnglish.attachments()).containsKey("invitation.ics");
        EventFixtures.Mail toDanish = fixtures.mails(danish).get(0);
        assertThat(toDanish.subject()).startsWith("Tilmelding bekræftet");
        assertThat(toDanish.text())
                .startsWith("Kære Jens Hansen")
                .containsPattern("Tidspunkt: [a-zø]+dag \\d{1,2}\\. [a-z]+ \\d{4} kl\\. \\d{2}\\.00–\\d{2}\\.00");

        transactions.executeWithoutResult(status -> registrations.cancel(fixtures.registrationId(id, english)));
        assertThat(fixtures.mails(english).get(1).subject()).startsWith("Cancelled");

        String fromEnglishPage = EventFixtures.email();
        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("samspil-lang", "en"))
                        .param("name", "Jane")
                        .param("company", "Firma")
                        .param("email", fromEnglishPage)
                        .param("participants", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.mails(fromEnglishPage).get(0).subject()).startsWith("Registration confirmed");
    }

    @Test
    void aChangedTimeOrPlaceReachesEveryRegistrantAndUpdatesTheCalendarEntry() throws Exception {
        long id = event(1);
        String seated = EventFixtures.email();
        String waiting = EventFixtures.email();
        fixtures.register(id, EventFixtures.registrationJson(seated, 1));
        fixtures.register(id, EventFixtures.registrationJson(waiting, 1));
        assertThat(fixtures.status(fixtures.registrationId(id, waiting))).isEqualTo("WAITING");
        String uid = value(
                vevent(fixtures.mails(seated).get(0).attachments().get("invitation.ics"), "REQUEST"), Property.UID);

        EventDetails before = events.get(id).details();
        transactions.executeWithoutResult(status -> events.update(id, withDescription(before, "Ny beskrivelse")));
        assertThat(fixtures.mails(seated)).hasSize(1);
        assertThat(fixtures.mails(waiting)).hasSize(1);

        Instant later = before.startsAt().plus(Duration.ofDays(1));
        transactions.executeWithoutResult(status -> events.update(id, moved(before, later, "Byrådssalen")));

        EventFixtures.Mail changed = fixtures.mails(seated).get(1);
        assertThat(changed.category()).isEqualTo("engagement.event.changed");
        assertThat(changed.subject()).startsWith("Ændret");
        assertThat(changed.text()).contains("Byrådssalen");
        VEvent update = vevent(changed.attachments().get("invitation.ics"), "REQUEST");
        assertThat(value(update, Property.UID)).isEqualTo(uid);
        assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
        assertThat(Instant.from(update.getDateTimeStart().getDate())).isEqualTo(later);
        assertThat(value(update, Property.LOCATION)).isEqualTo("Byrådssalen");

        EventFixtures.Mail toWaiting = fixtures.mails(waiting).get(1);
        assertThat(toWaiting.subject()).startsWith("Ændret");
        assertThat(toWaiting.text()).contains("ventelisten").contains("Byrådssalen");
        assertThat(toWaiting.attachments()).isEmpty();

        transactions.executeWithoutResult(status -> registrations.cancel(fixtures.registrationId(id, seated)));
        VEvent cancel = vevent(fixtures.mails(seated).get(2).attachments().get("aflysning.ics"), "CANCEL");
        assertThat(value(cancel, Property.SEQUENCE)).isEqualTo("2");
    }

    private static EventDetails withDescription(EventDetails d, String description) {
        return new EventDetails(
                d.type(),
                d.title(),
                description,
                d.startsAt(),
                d.endsAt(),
                d.place(),
                d.onlineUrl(),
                d.capacity(),
                d.participantsPerCompany(),
                d.registrationDeadline(),
                d.procurementReferences(),
                d.theme());
    }

    private static EventDetails moved(EventDetails d, Instant startsAt, String place) {
        return new EventDetails(
                d.type(),
                d.title(),
                d.description(),
                startsAt,
                startsAt.plus(Duration.between(d.startsAt(), d.endsAt())),
                place,
                null,
                d.capacity(),
                d.participantsPerCompany(),
                d.registrationDeadline(),
                d.procurementReferences(),
                d.theme());
    }

    @Test
    void aCancellationOffersTheSeatToTheFirstOnTheWaitingListWhoCanAccept() {
        long id = event(1);
        String a = EventFixtures.email();
        String b = EventFixtures.email();
        String c = EventFixtures.email();
        fixtures.register(id, EventFixtures.registrationJson(a, 1));
        fixtures.register(id, EventFixtures.registrationJson(b, 1));
        fixtures.register(id, EventFixtures.registrationJson(c, 1));
        long regA = fixtures.registrationId(id, a);
        long regB = fixtures.registrationId(id, b);
        assertThat(fixtures.status(regB)).isEqualTo("WAITING");
        assertThat(fixtures.mails(b).get(0).subject()).startsWith("På venteliste");

        transactions.executeWithoutResult(status -> registrations.cancel(regA));
        assertThat(fixtures.status(regB)).isEqualTo("OFFERED");
        assertThat(fixtures.status(fixtures.registrationId(id, c))).isEqualTo("WAITING");
        EventFixtures.Mail offer = fixtures.mails(b).get(1);
        assertThat(offer.subject()).startsWith("Der er en plads til jer");
        assertThat(offer.text()).contains("senest");

        transactions.executeWithoutResult(status -> registrations.accept(regB));
        assertThat(fixtures.status(regB)).isEqualTo("CONFIRMED");
        EventFixtures.Mail confirmed = fixtures.mails(b).get(2);
        assertThat(confirmed.attachments()).containsKey("invitation.ics");
    }

    @Test
    void anExpiredOfferGoesToTheNextOnTheList() {
        long id = event(1);
        String a = EventFixtures.email();
        String b = EventFixtures.email();
        String c = EventFixtures.email();
        fixtures.register(id, EventFixtures.registrationJson(a, 1));
        fixtures.register(id, EventFixtures.registrationJson(b, 1));
        fixtures.register(id, EventFixtures.registrationJson(c, 1));
        long regB = fixtures.registrationId(id, b);
        long regC = fixtures.registrationId(id, c);
        transactions.executeWithoutResult(status -> registrations.cancel(fixtures.registrationId(id, a)));
        assertThat(fixtures.status(regB)).isEqualTo("OFFERED");

        jdbc.sql("UPDATE engagement_registration SET offer_expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", regB)
                .update();
        assertThat(registrations.eventsWithExpiredOffers()).contains(id);
        registrations.expireOffers(id);

        assertThat(fixtures.status(regB)).isEqualTo("EXPIRED");
        assertThat(fixtures.status(regC)).isEqualTo("OFFERED");
        assertThat(fixtures.mails(b))
                .extracting(EventFixtures.Mail::subject)
                .anyMatch(s -> s.startsWith("Tilbuddet er udløbet"));
        assertThat(fixtures.mails(c))
                .extracting(EventFixtures.Mail::subject)
                .anyMatch(s -> s.startsWith("Der er en plads"));
        assertThat(registrations.expireOffers(id)).isZero();
    }

    @Test
    void theReminderGoesOutOnce() {
        long id = fixtures.publishedEvent(
                staff,
                EventFixtures.eventJson(
                                "INFORMATION_MEETING",
                                "Infomøde",
                                EventFixtures.inDays(1, 23).plusHours(1),
                                10,
                                List.of(reference),
                                null)
                        .replaceFirst("\"registrationDeadline\": \"[^\"]+\"", "\"registrationDeadline\": null"));
        String email = EventFixtures.email();
        fixtures.register(id, EventFixtures.registrationJson(email, 1));

        registrations.sendReminders(1000);
        registrations.sendReminders(1000);

        assertThat(fixtures.mails(email))
                .extracting(EventFixtures.Mail::category)
                .containsExactly("engagement.event.confirmed", "engagement.event.reminder");
    }

    @Test
    void thePersonalPageShowsCancelsAndExportsTheRegistration() throws Exception {
        long id = event(1);
        String a = EventFixtures.email();
        String b = EventFixtures.email();
        fixtures.register(id, EventFixtures.registrationJson(a, 1));
        fixtures.register(id, EventFixtures.registrationJson(b, 1));
        Event event = events.get(id);
        long regA = fixtures.registrationId(id, a);
        long regB = fixtures.registrationId(id, b);
        String tokenA = links.token(event, registrations.view(regA).registration());
        String tokenB = links.token(event, registrations.view(regB).registration());

        mvc.perform(get("/tilmelding/" + tokenA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(a)))
                .andExpect(content().string(containsString("Tilmeldt")));
        mvc.perform(get("/tilmelding/" + tokenA + "/data.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(a))
                .andExpect(jsonPath("$.needs").value("Kørestol"));
        mvc.perform(get("/tilmelding/" + tokenA + "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Linket virker ikke")));
        mvc.perform(post("/tilmelding/" + tokenB + "/accepter").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("udløbet")));

        mvc.perform(get("/tilmelding/" + tokenA + "/afmeld")).andExpect(status().isOk());
        assertThat(fixtures.status(regA)).isEqualTo("CONFIRMED");
        mvc.perform(post("/tilmelding/" + tokenA + "/afmeld").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I er nu afmeldt")));
        assertThat(fixtures.status(regA)).isEqualTo("CANCELLED");
        assertThat(fixtures.status(regB)).isEqualTo("OFFERED");
        mvc.perform(post("/tilmelding/" + tokenB + "/accepter").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pladsen er jeres")));
        assertThat(fixtures.status(regB)).isEqualTo("CONFIRMED");
    }

    @Test
    void thePublicFormRegistersAndExplainsWhatIsWrong() throws Exception {
        long id = event(2);
        mvc.perform(get("/arrangementer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/arrangementer/" + id)));
        mvc.perform(get("/arrangementer/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 ledige pladser af 2")))
                .andExpect(content().string(containsString("/kommende-indkob/" + reference)));
        mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/arrangementer/" + id)));

        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .param("name", "")
                        .param("company", "Firma")
                        .param("email", "x")
                        .param("participants", "to"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv dit navn")))
                .andExpect(content().string(containsString("Skriv en e-mailadresse")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        String email = EventFixtures.email();
        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .param("name", "Jens")
                        .param("company", "Firma")
                        .param("email", email)
                        .param("participants", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/tilmelding/")));
        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .param("name", "Jens")
                        .param("company", "Firma")
                        .param("email", email)
                        .param("participants", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("allerede tilmeldt")));
        mvc.perform(post("/arrangementer/" + id + "/tilmelding")
                        .with(csrf())
                        .param("name", "Ida")
                        .param("company", "Firma")
                        .param("email", EventFixtures.email())
                        .param("participants", "2"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Der er kun 1 ledige pladser")))
                .andExpect(content().string(containsString("joinWaitingList")));
        mvc.perform(get("/arrangementer/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void staffManageEventsInTheBrowserPages() throws Exception {
        var procurement = user("indkob@example.dk").roles(Roles.PROCUREMENT);
        mvc.perform(get("/intern/arrangementer").with(user("sag@example.dk").roles(Roles.CASEWORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/intern/arrangementer/ny")
                        .with(procurement)
                        .with(csrf())
                        .param("type", "OPI_WORKSHOP")
                        .param("title", "")
                        .param("startsAt", "i morgen")
                        .param("capacity", "mange")
                        .param("procurementReferences", "FINDES-IKKE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv dato og klokkeslæt")))
                .andExpect(content().string(containsString("Skriv antal pladser")));

        String start = EventFormats.local(EventFixtures.inDays(5, 10).toInstant());
        String end = EventFormats.local(EventFixtures.inDays(5, 12).toInstant());
        String location = mvc.perform(post("/intern/arrangementer/ny")
                        .with(procurement)
                        .with(csrf())
                        .param("type", "DIALOGUE_SLOTS")
                        .param("title", "Dialogmøder om ESCO")
                        .param("startsAt", start)
                        .param("endsAt", end)
                        .param("place", "Rådhuset")
                        .param("procurementReferences", reference)
                        .param("theme", "Kommunale ejendomme"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/intern/arrangementer/" + id + "/offentliggoer")
                .with(procurement)
                .with(csrf()));
        assertThat(events.get(id).status()).isEqualTo(EventStatus.DRAFT);
        mvc.perform(post("/intern/arrangementer/" + id + "/tider")
                        .with(procurement)
                        .with(csrf())
                        .param("minutes", "30"))
                .andExpect(status().is3xxRedirection());
        List<Slot> slots = events.slots(id);
        assertThat(slots).hasSize(4);
        mvc.perform(post("/intern/arrangementer/" + id + "/offentliggoer")
                .with(procurement)
                .with(csrf()));
        assertThat(events.get(id).status()).isEqualTo(EventStatus.PUBLISHED);
        mvc.perform(get("/intern/arrangementer/" + id + "/rediger").with(procurement))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("får alle tilmeldte og alle på ventelisten besked")));

        String email = EventFixtures.email();
        HttpResponse<String> booked = fixtures.register(
                id,
                EventFixtures.registrationJson(email, 1, "29188548")
                        .replace("}", ", \"slotId\": " + slots.get(0).id() + "}"));
        assertThat(booked.statusCode()).isEqualTo(201);
        HttpResponse<String> sameSlot = fixtures.register(
                id,
                EventFixtures.registrationJson(EventFixtures.email(), 1, "10403782")
                        .replace("}", ", \"slotId\": " + slots.get(0).id() + "}"));
        assertThat(sameSlot.statusCode()).isEqualTo(409);
        HttpResponse<String> sameCompany = fixtures.register(
                id,
                EventFixtures.registrationJson(EventFixtures.email(), 1, "29188548")
                        .replace("}", ", \"slotId\": " + slots.get(1).id() + "}"));
        assertThat(sameCompany.statusCode()).isEqualTo(409);
        assertThat(sameCompany.body()).contains("allerede booket en mødetid");

        long registrationId = fixtures.registrationId(id, email);
        mvc.perform(post("/intern/arrangementer/" + id + "/fremmoede")
                        .with(procurement)
                        .with(csrf())
                        .param("present", String.valueOf(registrationId)))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations.view(registrationId).registration().attended()).isTrue();

        mvc.perform(get("/intern/arrangementer/" + id).with(procurement))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/intern/arrangementer/" + id + "/deltagere.csv").with(procurement))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Hansen & Co ApS")));
        mvc.perform(get("/intern/arrangementer/" + id + "/deltagere.xlsx").with(procurement))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));

        mvc.perform(post("/intern/arrangementer/" + id + "/aflys")
                .with(procurement)
                .with(csrf())
                .param("reason", " "));
        assertThat(events.get(id).status()).isEqualTo(EventStatus.PUBLISHED);
        mvc.perform(post("/intern/arrangementer/" + id + "/aflys")
                .with(procurement)
                .with(csrf())
                .param("reason", "Udbuddet er udskudt"));
        assertThat(events.get(id).status()).isEqualTo(EventStatus.CANCELLED);
        EventFixtures.Mail cancelled =
                fixtures.mails(email).get(fixtures.mails(email).size() - 1);
        assertThat(cancelled.subject()).startsWith("Aflyst");
        assertThat(cancelled.text()).contains("Udbuddet er udskudt");
        assertThat(cancelled.attachments()).containsKey("aflysning.ics");
        mvc.perform(get("/arrangementer/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arrangementet er aflyst")))
                .andExpect(content().string(not(containsString("tilmelding\" method"))));
    }

    @Test
    void registrationsAreDeletedAfterTheRetentionPeriod() {
        Instant longAgo = Instant.now().minus(120, ChronoUnit.DAYS);
        long id = jdbc.sql("""
                        INSERT INTO engagement_event (type, title, starts_at, ends_at, place, status, created_by, created_at, updated_at)
                        VALUES ('INFORMATION_MEETING', 'Gammelt møde', :start, :end, 'Rådhuset', 'PUBLISHED', 'test', :start, :start)
                        RETURNING id""")
                .param("start", Timestamp.from(longAgo))
                .param("end", Timestamp.from(longAgo.plusSeconds(3600)))
                .query(Long.class)
                .single();
        String email = EventFixtures.email();
        jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, email, participants, status, created_at, updated_at)
                        VALUES (:id, 'Jens', 'Firma', :email, 1, 'CONFIRMED', :at, :at)""")
                .param("id", id)
                .param("email", email)
                .param("at", Timestamp.from(longAgo))
                .update();

        assertThat(registrations.deleteExpiredPersonalData()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_registration WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static VEvent vevent(String ics, String method) throws Exception {
        assertThat(ics).isNotNull();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains(method);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
