package dk.samspil.engagement.internal.interest;

import static org.assertj.core.api.Assertions.assertThat;
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

import dk.samspil.engagement.InterestConfirmed;
import dk.samspil.engagement.InterestWithdrawn;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Roles;
import dk.samspil.platform.SignedTokens;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AutoConfigureMockMvc
@RecordApplicationEvents
class InterestTest extends IntegrationTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/interesse/bekraeft\\?token=([A-Za-z0-9_%.-]+)");
    private static final Pattern PAGE_LINK = Pattern.compile("/interesse/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementService procurements;

    @Autowired
    SignedTokens tokens;

    @Autowired
    Interests interests;

    @Autowired
    ApplicationEvents events;

    private static String email() {
        return "firma-" + UUID.randomUUID() + "@example.dk";
    }

    /** A published entry with two lots. */
    private String publishedEntry() {
        String reference = PublicEntries.uniqueReference("INT");
        procurements.createDraft(
                reference,
                PublicEntries.details(
                        "Håndværkerydelser " + PublicEntries.uniqueWord(),
                        "Vedligehold.",
                        null,
                        "45000000",
                        dk.samspil.pipeline.EstimatedValue.unknown(),
                        dk.samspil.pipeline.ProcurementProcedure.NATIONAL,
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2),
                        true,
                        true,
                        List.of(
                                new Lot(1, "VVS", "45330000", new BigDecimal("1000000"), true),
                                new Lot(2, "El", "45310000", new BigDecimal("1000000"), true))));
        procurements.publish(reference);
        return reference;
    }

    /** The form with valid fields; {@code overrides} are name, value pairs that replace or add fields. */
    private MockHttpServletRequestBuilder form(String reference, String email, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", "VVS & Co ApS");
        fields.put("companyCvr", "29188548");
        fields.put("contactName", "Hanne Hansen");
        fields.put("email", email);
        fields.put("phone", "58 57 36 10");
        fields.put("lots", "1");
        fields.put("note", "Vi har lavet det før.");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/kommende-indkob/" + reference + "/interesse").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private List<Map<String, Object>> rows(String reference) {
        return jdbc.sql("SELECT * FROM engagement_interest WHERE procurement_reference = :r ORDER BY id")
                .param("r", reference)
                .query()
                .listOfRows();
    }

    private List<String> mails(String email) {
        return jdbc.sql("SELECT body_text FROM outbox_message WHERE recipient = :email ORDER BY id")
                .param("email", email)
                .query(String.class)
                .list();
    }

    private static String link(Pattern pattern, String mail) {
        Matcher matcher = pattern.matcher(mail);
        assertThat(matcher.find()).as("link in %s", mail).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    /** Registers and confirms; returns the personal page token. */
    private String confirmed(String reference, String email, String... overrides) throws Exception {
        mvc.perform(form(reference, email, overrides)).andExpect(status().isOk());
        String mail = mails(email).get(0);
        mvc.perform(post("/interesse/bekraeft").with(csrf()).param("token", link(CONFIRM_LINK, mail)))
                .andExpect(status().isOk());
        return link(PAGE_LINK, mail);
    }

    @Test
    void aCompanyExpressesInterestConfirmsFromTheMailAndFollowsTheEntry() throws Exception {
        String reference = publishedEntry();
        mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/kommende-indkob/" + reference + "/interesse")));
        mvc.perform(get("/kommende-indkob/" + reference + "/interesse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Delaftale 2: El")))
                .andExpect(content().string(containsString("https://www.kfst.dk/")));

        String email = email();
        mvc.perform(form(reference, email, "lots", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tjek jeres e-mail")));
        Map<String, Object> row = rows(reference).get(0);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("company_cvr")).isEqualTo("29188548");
        assertThat(row.get("consent_text_version")).isEqualTo(Interests.CONSENT_TEXT_VERSION);
        assertThat(row.get("consent_source")).isEqualTo("WEB");
        assertThat(row.get("consent_client_address")).isNotNull();
        assertThat(row.get("consent_at")).isNotNull();

        String mail = mails(email).get(0);
        assertThat(mail).contains(reference);
        String token = link(CONFIRM_LINK, mail);
        mvc.perform(get("/interesse/bekraeft").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekræft interesse")));
        assertThat(rows(reference).get(0).get("status"))
                .as("opening the link changes nothing")
                .isEqualTo("PENDING");
        assertThat(events.stream(InterestConfirmed.class))
                .noneMatch(e -> e.procurementReference().equals(reference));

        mvc.perform(post("/interesse/bekraeft").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Interessen er bekræftet")))
                .andExpect(content().string(containsString("/interesse/")));
        assertThat(rows(reference).get(0).get("status")).isEqualTo("CONFIRMED");
        assertThat(events.stream(InterestConfirmed.class)
                        .filter(e -> e.procurementReference().equals(reference)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.email()).isEqualTo(email);
                    assertThat(e.companyCvr()).isEqualTo("29188548");
                    assertThat(e.language()).isEqualTo("da");
                });

        mvc.perform(post("/interesse/bekraeft").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("allerede bekræftet")));
        assertThat(events.stream(InterestConfirmed.class)
                        .filter(e -> e.procurementReference().equals(reference)))
                .hasSize(1);

        long id = (Long) rows(reference).get(0).get("id");
        assertThat(jdbc.sql("SELECT changes::text FROM audit_entry WHERE entity_type = 'engagement_interest' "
                                + "AND entity_id = :id ORDER BY id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .hasSize(2)
                .noneMatch(changes -> changes.contains(email));
    }

    @Test
    void badInputGetsADanishMessageAndStoresNothing() throws Exception {
        String reference = publishedEntry();
        mvc.perform(form(reference, email(), "companyCvr", "29188549"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet passer ikke – tjek nummeret")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(form(reference, "ikke-en-adresse"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en gyldig e-mailadresse")));
        mvc.perform(form(reference, email(), "lots", "7"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ukendt delaftale: 7")));
        mvc.perform(form(reference, email(), "lots", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg kun delaftaler fra listen")));
        mvc.perform(form(reference, email(), "partnerFinding", "true", "capabilities", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv, hvad I kan")));
        mvc.perform(form(reference, email(), "companyName", "", "contactName", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv virksomhedens navn")))
                .andExpect(content().string(containsString("Skriv navnet på kontaktpersonen")));
        assertThat(rows(reference)).isEmpty();
    }

    @Test
    void theSameAddressTwiceIsToldItIsRegisteredAndGetsTheLinkAgain() throws Exception {
        String reference = publishedEntry();
        String email = email();
        mvc.perform(form(reference, email)).andExpect(status().isOk());
        mvc.perform(form(reference, email.toUpperCase(), "companyName", "Andet navn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I er allerede registreret")));
        assertThat(rows(reference)).hasSize(1);
        assertThat(mails(email)).as("no second mail within the interval").hasSize(1);

        // the throttle's interval passes (its keys are hashed, so every count moves back: no other test is running)
        jdbc.sql("UPDATE mail_throttle SET window_start = window_start - interval '1 hour'")
                .update();
        mvc.perform(form(reference, email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I er allerede registreret")));
        assertThat(rows(reference)).hasSize(1);
        assertThat(rows(reference).get(0).get("company_name")).isEqualTo("VVS & Co ApS");
        assertThat(mails(email))
                .hasSize(2)
                .allMatch(mail -> CONFIRM_LINK.matcher(mail).find());
    }

    @Test
    void draftsAndUnknownEntriesAre404AndClosedEntriesSayWhy() throws Exception {
        String draft = PublicEntries.uniqueReference("INT");
        procurements.createDraft(
                draft,
                PublicEntries.simple(
                        "Kladde " + PublicEntries.uniqueWord(),
                        "45000000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        mvc.perform(get("/kommende-indkob/" + draft + "/interesse")).andExpect(status().isNotFound());
        mvc.perform(form(draft, email())).andExpect(status().isNotFound());
        mvc.perform(get("/kommende-indkob/NOPE-" + UUID.randomUUID() + "/interesse"))
                .andExpect(status().isNotFound());

        String cancelled = publishedEntry();
        procurements.changeStatus(cancelled, ProcurementStatus.CANCELLED, "Behovet er væk", null);
        mvc.perform(get("/kommende-indkob/" + cancelled))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/kommende-indkob/" + cancelled + "/interesse"))));
        mvc.perform(get("/kommende-indkob/" + cancelled + "/interesse"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("afgjort eller aflyst")));
        mvc.perform(form(cancelled, email()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Intet er gemt")));
        assertThat(rows(cancelled)).isEmpty();
        assertThat(rows(draft)).isEmpty();
    }

    @Test
    void tamperedWrongPurposeAndWithdrawnLinksDoNothing() throws Exception {
        String reference = publishedEntry();
        String email = email();
        String page = confirmed(reference, email, "note", "n".repeat(InterestRules.MAX_NOTE));
        long id = (Long) rows(reference).get(0).get("id");
        mvc.perform(get("/interesse/" + page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        String confirmToken = tokens.create(InterestLinks.CONFIRM_PURPOSE, String.valueOf(id), Duration.ofDays(1));
        String tampered = confirmToken.substring(0, confirmToken.length() - 2) + "xx";
        mvc.perform(get("/interesse/bekraeft").param("token", tampered))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Linket virker ikke")));
        mvc.perform(post("/interesse/bekraeft").with(csrf()).param("token", page))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/interesse/" + confirmToken)).andExpect(status().isBadRequest());
        mvc.perform(post("/interesse/" + confirmToken + "/traek-tilbage").with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(rows(reference)).hasSize(1);

        mvc.perform(get("/interesse/" + page + "/data"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interest.email").value(email))
                .andExpect(jsonPath("$.interest.consentTextVersion").value(Interests.CONSENT_TEXT_VERSION));
        mvc.perform(post("/interesse/" + page + "/traek-tilbage").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Interessen er trukket tilbage")));
        assertThat(rows(reference)).isEmpty();
        assertThat(events.stream(InterestWithdrawn.class).filter(e -> e.interestId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.email()).isEqualTo(email));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_interest WHERE lower(email) = lower(:e)")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/interesse/" + page)).andExpect(status().isBadRequest());
        mvc.perform(get("/interesse/" + page + "/data")).andExpect(status().isBadRequest());
        mvc.perform(post("/interesse/bekraeft").with(csrf()).param("token", confirmToken))
                .andExpect(status().isBadRequest());
    }

    @Test
    void optedInCompaniesSeeEachOtherAndNobodyElseAndCanWithdrawVisibility() throws Exception {
        String reference = publishedEntry();
        String a = confirmed(
                reference,
                email(),
                "companyName",
                "Alfa VVS",
                "partnerFinding",
                "true",
                "capabilities",
                "Vi har VVS",
                "seeking",
                "Søger el");
        String b = confirmed(
                reference, email(), "companyName", "Beta El", "partnerFinding", "true", "capabilities", "Vi har el");
        String c = confirmed(reference, email(), "companyName", "Gamma Tag");
        mvc.perform(form(
                        reference,
                        email(),
                        "companyName",
                        "Delta Ubekræftet",
                        "partnerFinding",
                        "true",
                        "capabilities",
                        "Tag"))
                .andExpect(status().isOk());

        mvc.perform(get("/interesse/" + a))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Beta El")))
                .andExpect(content().string(containsString("Vi har el")))
                .andExpect(content().string(not(containsString("Gamma Tag"))))
                .andExpect(content().string(not(containsString("Delta Ubekræftet"))))
                .andExpect(content().string(containsString("https://www.kfst.dk/")));
        mvc.perform(get("/interesse/" + b))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alfa VVS")))
                .andExpect(content().string(containsString("Søger el")));
        mvc.perform(get("/interesse/" + c))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gamma Tag")))
                .andExpect(content().string(not(containsString("Alfa VVS"))))
                .andExpect(content().string(not(containsString("Beta El"))));

        mvc.perform(post("/interesse/" + a + "/skjul").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/interesse/" + b))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Alfa VVS"))));
        mvc.perform(get("/interesse/" + a))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Beta El"))))
                .andExpect(content().string(containsString("ikke længere synlige")));

        mvc.perform(get("/intern/indkoeb/" + reference + "/interesse")
                        .with(user("indkoeber").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekræftede tilkendegivelser: 3")))
                .andExpect(content().string(containsString("Heraf søger partner: 2")))
                .andExpect(content().string(containsString("Ikke bekræftet endnu: 1")));
    }

    @Test
    void procurementOfficersSeeListAndCountsAndExportOthersAreRefused() throws Exception {
        String reference = publishedEntry();
        confirmed(reference, email(), "companyName", "=Formel A/S", "lots", "2");
        confirmed(reference, email(), "companyName", "Beta El", "partnerFinding", "true", "capabilities", "El");
        String staffPage = "/intern/indkoeb/" + reference + "/interesse";

        mvc.perform(get(staffPage).with(user("indkoeber").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("=Formel A/S")))
                .andExpect(content().string(containsString("Hanne Hansen")))
                .andExpect(content().string(containsString("Heraf søger partner: 1")));
        mvc.perform(get(staffPage).with(user("admin").roles(Roles.ADMIN))).andExpect(status().isOk());
        mvc.perform(get(staffPage).with(user("konsulent").roles(Roles.CONSULTANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get(staffPage + ".csv").with(user("konsulent").roles(Roles.CONSULTANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get(staffPage)).andExpect(status().is3xxRedirection());

        byte[] csv = mvc.perform(get(staffPage + ".csv").with(user("indkoeber").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("interesse-" + reference + ".csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFVirksomhed;CVR;Kontaktperson;E-mail")
                .contains("'=Formel A/S;29188548;Hanne Hansen", "Beta El")
                .contains("Ja;El");

        byte[] xlsx = mvc.perform(
                        get(staffPage + ".xlsx").with(user("indkoeber").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=Formel A/S");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("2");
        }

        mvc.perform(get("/intern/indkoeb")
                        .param("q", reference)
                        .with(user("indkoeber").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"col\">Interesserede</th>")))
                .andExpect(content().string(containsString("<td>2</td>")));
        mvc.perform(get("/intern/indkoeb/" + reference).with(user("indkoeber").roles(Roles.PROCUREMENT)))
                .andExpect(content().string(containsString(staffPage)));
    }

    @Test
    void theApiCreatesAPendingInterestAndAnswersProblemDetails() throws Exception {
        String reference = publishedEntry();
        String email = email();
        String body = """
                {"companyName": "API ApS", "companyCvr": "29188548", "contactName": "Ida", "email": "%s",
                 "lots": [1, 2], "partnerFinding": true, "capabilities": "VVS", "language": "en"}""".formatted(email);
        mvc.perform(post("/api/v1/procurements/" + reference + "/interest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        Map<String, Object> row = rows(reference).get(0);
        assertThat(row.get("consent_source")).isEqualTo("API");
        assertThat(row.get("language")).isEqualTo("en");
        assertThat(mails(email))
                .singleElement()
                .satisfies(mail -> assertThat(mail).contains("Confirm the interest"));

        mvc.perform(post("/api/v1/procurements/" + reference + "/interest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("allerede registreret")));
        mvc.perform(post("/api/v1/procurements/" + reference + "/interest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("29188548", "12345678")
                                .replace(email, "x@y")
                                .replace("[1, 2]", "[9]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field == 'companyCvr')].code").value("validation.cvr.checkDigit"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].code")
                        .value("engagement.interest.error.email.invalid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'lots')].message")
                        .value("Vælg kun delaftaler, som " + "indkøbet har. Ukendt delaftale: 9"));
        mvc.perform(post("/api/v1/procurements/" + reference + "/interest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lots\": \"mange\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lots"));
        mvc.perform(post("/api/v1/procurements/NOPE-" + UUID.randomUUID() + "/interest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("offentligt indkøb")));
        assertThat(rows(reference)).hasSize(1);
    }

    @Test
    void unconfirmedInterestsAreDeletedAfterTheRetention() throws Exception {
        String reference = publishedEntry();
        mvc.perform(form(reference, email())).andExpect(status().isOk());
        String kept = confirmed(reference, email());
        jdbc.sql("UPDATE engagement_interest SET created_at = :old WHERE procurement_reference = :r")
                .param("old", Timestamp.from(Instant.now().minus(Duration.ofDays(8))))
                .param("r", reference)
                .update();

        assertThat(interests.deleteUnconfirmed()).isPositive();
        assertThat(rows(reference))
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("CONFIRMED"));
        mvc.perform(get("/interesse/" + kept)).andExpect(status().isOk());
    }
}
