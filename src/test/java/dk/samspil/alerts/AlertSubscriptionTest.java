package dk.samspil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.alerts.internal.matching.MatchPreview;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.SignedTokens;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AutoConfigureMockMvc
class AlertSubscriptionTest extends IntegrationTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/varsling/bekraeft\\?token=([A-Za-z0-9_%.-]+)");
    private static final Pattern MANAGE_LINK = Pattern.compile("/varsling/administrer\\?token=([A-Za-z0-9_%.-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlertLinks links;

    @Autowired
    SignedTokens tokens;

    @Autowired
    ProcurementService procurements;

    @Autowired
    MatchPreview preview;

    @LocalServerPort
    int port;

    private static String email() {
        return "firma-" + UUID.randomUUID() + "@example.dk";
    }

    /** A valid form; {@code overrides} are name, value pairs that replace its fields. */
    private MockHttpServletRequestBuilder subscribeForm(String email, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("name", "Tag & Co");
        fields.put("companyCvr", "29188548");
        fields.put("cpvCodes", "45000000, 45261210-9");
        fields.put("keywords", "tag, \"grøn omstilling\"");
        fields.put("frequency", "DAILY");
        fields.put("language", "da");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/varsling").with(csrf()).param("notifyOn", "NEW_ENTRY", "REMINDER");
        fields.forEach(request::param);
        return request;
    }

    private List<Map<String, Object>> subscriptions(String email) {
        return jdbc.sql("""
                        SELECT a.* FROM alert_subscription a JOIN alert_subscriber s ON s.id = a.subscriber_id
                        WHERE lower(s.email) = lower(:email) ORDER BY a.id""").param("email", email).query().listOfRows();
    }

    private List<Map<String, Object>> mails(String email) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE recipient = :email ORDER BY id")
                .param("email", email)
                .query()
                .listOfRows();
    }

    private long subscriberId(String email) {
        return jdbc.sql("SELECT id FROM alert_subscriber WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private static String token(Pattern link, String text) {
        Matcher matcher = link.matcher(text);
        assertThat(matcher.find()).as("link in %s", text).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private List<String> consentActions(long subscriptionId) {
        return jdbc.sql("SELECT action FROM alert_consent WHERE subscription_id = :id ORDER BY id")
                .param("id", subscriptionId)
                .query(String.class)
                .list();
    }

    @Test
    void aSearchSavedAsAnAlertOpensTheFormFilledInWithTheCountItWouldMatch() throws Exception {
        mvc.perform(get("/varsling")
                        .param("ord", "tagrenovering \"grøn omstilling\"")
                        .param("uden", "asfalt")
                        .param("cpv", "45000000")
                        .param("min", "1000000")
                        .param("max", "4999999"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("value=\"tagrenovering &quot;gr&oslash;n omstilling&quot;\"")))
                .andExpect(content().string(containsString("value=\"asfalt\"")))
                .andExpect(content().string(containsString("45000000")))
                .andExpect(content().string(containsString("value=\"4999999\"")))
                .andExpect(content().string(containsString("Udfyldt fra jeres søgning.")));
        mvc.perform(get("/varsling")
                        .param("ord", "x".repeat(5_000))
                        .param("min", "fem")
                        .param("enhed", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Udfyldt fra jeres søgning."))));
        mvc.perform(get("/varsling"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Udfyldt fra jeres søgning."))));
    }

    @Test
    void subscribingStoresAPendingSubscriptionAndMailsAConfirmLink() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("45000000")));

        List<Map<String, Object>> stored = subscriptions(email);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("status")).isEqualTo("PENDING");
        assertThat(stored.get(0).get("cpv_codes").toString()).contains("45000000", "45261210");
        List<Map<String, Object>> mails = mails(email);
        assertThat(mails).hasSize(1);
        Map<String, Object> mail = mails.get(0);
        assertThat(mail.get("category")).isEqualTo("alerts.confirm");
        assertThat((String) mail.get("body_text"))
                .contains("/varsling/bekraeft?token=", "/varsling/administrer?token=");
        assertThat((String) mail.get("body_html")).contains("/varsling/bekraeft?token=");
        assertThat(mail.get("headers").toString()).contains("List-Unsubscribe", "List-Unsubscribe=One-Click");
        long id = ((Number) stored.get(0).get("id")).longValue();
        assertThat(consentActions(id)).containsExactly("GIVEN");
        assertThat(jdbc.sql(
                                "SELECT client_address, text_version, source FROM alert_consent WHERE subscription_id = :id")
                        .param("id", id)
                        .query()
                        .singleRow())
                .containsEntry("text_version", "varsling-2026-11")
                .containsEntry("source", "WEB")
                .containsKey("client_address");
    }

    @Test
    void subscribingAgainQuicklyStoresMoreButSendsNoSecondMailAndOneLinkConfirmsAll() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email)).andExpect(status().isOk());
        mvc.perform(subscribeForm(email, "keywords", "vinduer")).andExpect(status().isOk());
        mvc.perform(subscribeForm(email, "keywords", "døre")).andExpect(status().isOk());

        assertThat(subscriptions(email))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.get("status")).isEqualTo("PENDING"));
        List<Map<String, Object>> mails = mails(email);
        assertThat(mails).hasSize(1);

        String token = token(CONFIRM_LINK, (String) mails.get(0).get("body_text"));
        mvc.perform(post("/varsling/bekraeft").with(csrf()).param("token", token))
                .andExpect(status().isOk());
        assertThat(subscriptions(email))
                .allSatisfy(s -> assertThat(s.get("status")).isEqualTo("ACTIVE"));
    }

    @Test
    void theConfirmLinkShowsAButtonAndOnlyThePostConfirmsAReplayIsFriendly() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email)).andExpect(status().isOk());
        String token = token(CONFIRM_LINK, (String) mails(email).get(0).get("body_text"));

        mvc.perform(get("/varsling/bekraeft").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekræft tilmelding")));
        assertThat(subscriptions(email).get(0).get("status")).isEqualTo("PENDING");

        mvc.perform(post("/varsling/bekraeft").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tilmeldingen er bekræftet")));
        Map<String, Object> subscription = subscriptions(email).get(0);
        assertThat(subscription.get("status")).isEqualTo("ACTIVE");
        assertThat(subscription.get("confirmed_at")).isNotNull();
        assertThat(consentActions(((Number) subscription.get("id")).longValue()))
                .containsExactly("GIVEN", "CONFIRMED");

        mvc.perform(post("/varsling/bekraeft").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("allerede bekræftet")));
        assertThat(consentActions(((Number) subscription.get("id")).longValue()))
                .containsExactly("GIVEN", "CONFIRMED");
    }

    @Test
    void tamperedExpiredOrWrongPurposeTokensAreRefusedAndChangeNothing() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email)).andExpect(status().isOk());
        long subscriber = subscriberId(email);
        String token = token(CONFIRM_LINK, (String) mails(email).get(0).get("body_text"));
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        String expired = expiredToken(AlertLinks.CONFIRM_PURPOSE, String.valueOf(subscriber));
        String wrongPurpose =
                tokens.create(AlertLinks.UNSUBSCRIBE_PURPOSE, String.valueOf(subscriber), Duration.ofDays(1));

        for (String bad : List.of(tampered, expired, wrongPurpose, "junk")) {
            mvc.perform(get("/varsling/bekraeft").param("token", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Linket virker ikke")));
            mvc.perform(post("/varsling/bekraeft").with(csrf()).param("token", bad))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/varsling/administrer").param("token", bad)).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/varsling/bekraeft").with(csrf())).andExpect(status().isBadRequest());
        assertThat(subscriptions(email).get(0).get("status")).isEqualTo("PENDING");
    }

    /** A correctly signed token that expired a minute ago, signed with the application's stored key. */
    private String expiredToken(String purpose, String subject) throws Exception {
        byte[] key = Base64.getDecoder()
                .decode(jdbc.sql("SELECT value FROM platform_secret WHERE name = 'token-signing'")
                        .query(String.class)
                        .single());
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String payload =
                encoder.encodeToString(("1|" + Instant.now().minusSeconds(60).getEpochSecond() + "|" + subject)
                        .getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return payload + "."
                + encoder.encodeToString(mac.doFinal((purpose + "|" + payload).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badInputGetsADanishMessageAndNothingIsStored() throws Exception {
        String email = email();
        String manyWords = String.join(
                ", ", IntStream.range(0, 51).mapToObj(i -> "ord" + i).toList());
        Map<String, String[]> cases = Map.of(
                "Skriv en gyldig e-mailadresse", new String[] {"email", "ikke-en-adresse"},
                "CPV-koden 99999999 findes ikke", new String[] {"cpvCodes", "99999999"},
                "Kontrolcifferet passer ikke – tjek nummeret", new String[] {"companyCvr", "12 34 56 78"},
                "Skriv et CVR-nummer med 8 cifre", new String[] {"companyCvr", "1234"},
                "Skriv højst 50 ord", new String[] {"keywords", manyWords},
                "højst være 100 tegn", new String[] {"keywords", "\"" + "a ".repeat(60) + "\""},
                "større end eller lig med den mindste", new String[] {"maxValueDkk", "100"},
                "Skriv beløbet i kroner, fx 500.000 eller 5 mio.", new String[] {"minValueDkk", "mange"});
        for (Map.Entry<String, String[]> bad : cases.entrySet()) {
            mvc.perform(subscribeForm(email, "minValueDkk", "1000", bad.getValue()[0], bad.getValue()[1]))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(bad.getKey())));
        }
        mvc.perform(post("/varsling").with(csrf()).param("email", email).param("language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg mindst én CPV-kode")));
        assertThat(subscriptions(email)).isEmpty();
        assertThat(mails(email)).isEmpty();
    }

    @Test
    void theApiAcceptsASubscriptionWith202AndExplainsBadInputAsProblems() throws Exception {
        String email = email();
        mvc.perform(post("/api/v1/subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"email": "%s", "cpvCodes": ["72000000"], "keywords": ["software"], "frequency": "WEEKLY",
                         "language": "en", "minValueDkk": 100000}""".formatted(email)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.message").value(containsString("Tilmeldingen er modtaget")));
        Map<String, Object> stored = subscriptions(email).get(0);
        assertThat(stored.get("frequency")).isEqualTo("WEEKLY");
        assertThat(stored.get("notify_on").toString()).contains("NEW_ENTRY", "REMINDER");
        assertThat((String) mails(email).get(0).get("subject")).startsWith("Confirm your alerts");
        assertThat(jdbc.sql("SELECT source FROM alert_consent WHERE subscription_id = :id")
                        .param("id", stored.get("id"))
                        .query(String.class)
                        .single())
                .isEqualTo("API");

        String other = email();
        mvc.perform(post("/api/v1/subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"email": "%s", "cpvCodes": ["12345678"], "companyCvr": "11111111", "notifyOn": ["SOMETIMES"]}""".formatted(other)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'cpvCodes')].message").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'companyCvr')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'notifyOn')]").exists());
        mvc.perform(post("/api/v1/subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"email": "%s", "minValueDkk": "lots"}""".formatted(other)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minValueDkk"));
        mvc.perform(post("/api/v1/subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{"))
                .andExpect(status().isBadRequest());
        assertThat(subscriptions(other)).isEmpty();
    }

    /**
     * Issue 10, defects 10 and 12: {@code null} inside a list and {@code 1e400} gave a 500 on the API, and
     * {@code smeSuitableOnly=maybe} on the form showed Spring's English conversion message.
     */
    @Test
    void nullListElementsHugeNumbersAndWrongTypesAreRefusedInDanishAndNothingIsStored() throws Exception {
        String email = email();
        for (String hostile : List.of(
                "\"cpvCodes\": [null]",
                "\"cpvCodes\": [\"72000000\"], \"notifyOn\": [null]",
                "\"cpvCodes\": [\"72000000\"], \"buyingUnits\": [null]",
                "\"cpvCodes\": [\"72000000\"], \"keywords\": [null]",
                "\"cpvCodes\": [\"72000000\"], \"minValueDkk\": 1e400",
                "\"cpvCodes\": [\"72000000\"], \"maxValueDkk\": 1E999999999")) {
            String field = hostile.substring(hostile.lastIndexOf(", \"") < 0 ? 1 : hostile.lastIndexOf(", \"") + 3);
            field = field.substring(0, field.indexOf('"'));
            mvc.perform(post("/api/v1/subscriptions")
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "da")
                            .content("{\"email\": \"%s\", %s}".formatted(email, hostile)))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                    .andExpect(jsonPath("$.errors[0].field").value(startsWith(field)))
                    .andExpect(jsonPath("$.detail").value(containsString("ikke")));
        }
        mvc.perform(subscribeForm(email, "smeSuitableOnly", "maybe").header("Accept-Language", "da"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg ja eller nej")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed to convert"))));
        assertThat(subscriptions(email)).isEmpty();
        assertThat(mails(email)).isEmpty();
    }

    @Test
    void theManageLinkEditsPausesExportsAndErasesEverything() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email)).andExpect(status().isOk());
        long subscriber = subscriberId(email);
        String token = token(MANAGE_LINK, (String) mails(email).get(0).get("body_text"));
        long id = ((Number) subscriptions(email).get(0).get("id")).longValue();
        mvc.perform(post("/varsling/bekraeft").with(csrf()).param("token", token(CONFIRM_LINK, (String)
                mails(email).get(0).get("body_text"))));

        mvc.perform(get("/varsling/administrer").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Bygge- og anlægsarbejder")));
        mvc.perform(get("/varsling/administrer/rediger").param("token", token).param("id", String.valueOf(id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("45000000, 45261210")));

        mvc.perform(post("/varsling/administrer/rediger")
                        .with(csrf())
                        .param("token", token)
                        .param("id", String.valueOf(id))
                        .param("cpvCodes", "nope")
                        .param("frequency", "DAILY"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/varsling/administrer/rediger")
                        .with(csrf())
                        .param("token", token)
                        .param("id", String.valueOf(id))
                        .param("cpvCodes", "71000000")
                        .param("keywords", "arkitekt")
                        .param("frequency", "WEEKLY")
                        .param("notifyOn", "NEW_ENTRY"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> edited = subscriptions(email).get(0);
        assertThat(edited.get("cpv_codes").toString()).contains("71000000").doesNotContain("45000000");
        assertThat(edited.get("frequency")).isEqualTo("WEEKLY");
        assertThat(edited.get("status")).isEqualTo("ACTIVE");
        long seqAfterEdit = ((Number) edited.get("change_seq")).longValue();

        mvc.perform(post("/varsling/administrer/pause")
                        .with(csrf())
                        .param("token", token)
                        .param("id", String.valueOf(id)))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> paused = subscriptions(email).get(0);
        assertThat(paused.get("status")).isEqualTo("PAUSED");
        assertThat(((Number) paused.get("change_seq")).longValue()).isGreaterThan(seqAfterEdit);
        mvc.perform(post("/varsling/administrer/genoptag")
                        .with(csrf())
                        .param("token", token)
                        .param("id", String.valueOf(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(subscriptions(email).get(0).get("status")).isEqualTo("ACTIVE");

        mvc.perform(get("/varsling/administrer/data").param("token", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(jsonPath("$.subscriber.email").value(email))
                .andExpect(jsonPath("$.subscriptions[0].criteria.cpvCodes[0]").value("71000000"))
                .andExpect(jsonPath("$.consents[0].action").value("GIVEN"));

        mvc.perform(post("/varsling/administrer/slet").with(csrf()).param("token", token))
                .andExpect(status().isOk());
        assertThat(subscriptions(email)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE id = :id")
                        .param("id", subscriber)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_consent WHERE subscription_id = :id AND email IS NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM alert_consent WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscription_tombstone WHERE subscription_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/varsling/administrer").param("token", token)).andExpect(status().isBadRequest());
    }

    @Test
    void oneSubscriptionCanBeCancelledFromTheManagePageAndOnlyThroughItsOwnLink() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email)).andExpect(status().isOk());
        mvc.perform(subscribeForm(email, "keywords", "vinduer")).andExpect(status().isOk());
        String token = token(MANAGE_LINK, (String) mails(email).get(0).get("body_text"));
        long first = ((Number) subscriptions(email).get(0).get("id")).longValue();
        String otherEmail = email();
        mvc.perform(subscribeForm(otherEmail)).andExpect(status().isOk());
        long someoneElses = ((Number) subscriptions(otherEmail).get(0).get("id")).longValue();

        mvc.perform(post("/varsling/administrer/fjern")
                        .with(csrf())
                        .param("token", token)
                        .param("id", String.valueOf(someoneElses)))
                .andExpect(status().isNotFound());
        assertThat(subscriptions(otherEmail)).hasSize(1);

        mvc.perform(post("/varsling/administrer/fjern")
                        .with(csrf())
                        .param("token", token)
                        .param("id", String.valueOf(first)))
                .andExpect(status().is3xxRedirection());
        assertThat(subscriptions(email))
                .hasSize(1)
                .allSatisfy(s -> assertThat(s.get("id")).isNotEqualTo(first));
        assertThat(consentActions(first)).containsExactly("GIVEN", "WITHDRAWN");
        mvc.perform(post("/varsling/administrer/fjern").param("token", token).param("id", String.valueOf(first)))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendMyLinkAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
        String known = email();
        mvc.perform(subscribeForm(known)).andExpect(status().isOk());
        String unknown = email();

        String knownPage = mvc.perform(post("/varsling/link").with(csrf()).param("email", known))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknownPage = mvc.perform(post("/varsling/link").with(csrf()).param("email", unknown))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(knownPage).contains("Hvis adressen er tilmeldt");
        assertThat(withoutCsrf(knownPage.replace(known, ""))).isEqualTo(withoutCsrf(unknownPage.replace(unknown, "")));
        assertThat(mails(known)).extracting(m -> m.get("category")).containsExactly("alerts.confirm", "alerts.link");
        assertThat(mails(unknown)).isEmpty();
        String token = token(MANAGE_LINK, (String) mails(known).get(1).get("body_text"));
        mvc.perform(get("/varsling/administrer").param("token", token)).andExpect(status().isOk());
        mvc.perform(post("/varsling/link").with(csrf()).param("email", "ikke en adresse"))
                .andExpect(status().isUnprocessableContent());
    }

    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
    }

    @Test
    void oneClickUnsubscribeWorksWithoutCookiesOrCsrfAndAGetChangesNothing() throws Exception {
        String email = email();
        mvc.perform(subscribeForm(email)).andExpect(status().isOk());
        long subscriber = subscriberId(email);
        long id = ((Number) subscriptions(email).get(0).get("id")).longValue();
        String url = links.unsubscribeUrl(subscriber);
        String path = url.substring(url.indexOf("/varsling/afmeld"));
        Http http = new Http(port);

        HttpResponse<String> page = http.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Afmeld alle varslinger");
        assertThat(subscriptions(email)).hasSize(1);

        HttpResponse<String> oneClick =
                http.post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("I er afmeldt");
        assertThat(subscriptions(email)).isEmpty();
        assertThat(consentActions(id)).containsExactly("GIVEN", "WITHDRAWN");

        HttpResponse<String> again = http.post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("allerede afmeldt");

        String forged = "/varsling/afmeld?token="
                + URLEncoder.encode(
                        tokens.create(AlertLinks.CONFIRM_PURPOSE, String.valueOf(subscriber), Duration.ofDays(1)),
                        StandardCharsets.UTF_8);
        assertThat(http.post(forged, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void followingAPublicEntryFromItsPageCreatesAPendingFollowAndUnknownEntriesAre404() throws Exception {
        String reference = PublicEntries.uniqueReference("ALR");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Tagrenovering " + PublicEntries.uniqueWord(),
                        "45261210",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        mvc.perform(get("/varsling/foelg/" + reference)).andExpect(status().isNotFound());
        procurements.publish(reference);

        mvc.perform(get("/kommende-indkob/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/varsling/foelg/" + reference)));
        mvc.perform(get("/varsling/foelg/" + reference)).andExpect(status().isOk());
        String email = email();
        mvc.perform(post("/varsling/foelg/" + reference)
                        .with(csrf())
                        .param("email", email)
                        .param("language", "en"))
                .andExpect(status().isOk());
        Map<String, Object> follow = subscriptions(email).get(0);
        assertThat(follow.get("kind")).isEqualTo("FOLLOW");
        assertThat(follow.get("procurement_reference")).isEqualTo(reference);
        assertThat(follow.get("status")).isEqualTo("PENDING");
        assertThat((String) mails(email).get(0).get("body_text")).contains(reference, "/varsling/bekraeft?token=");
        mvc.perform(post("/varsling/foelg/" + reference).with(csrf()).param("email", "forkert"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/varsling/foelg/NOPE-" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void thePendingPageSaysExactlyHowManyCurrentEntriesMatchTheChoice() throws Exception {
        String word = PublicEntries.uniqueWord();
        String reference = PublicEntries.uniqueReference("ALE");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Renovering af " + word, "45261210", ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 3)));
        procurements.publish(reference);

        mvc.perform(subscribeForm(email(), "cpvCodes", "", "keywords", word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 af de nuværende kommende indkøb passer")));
        assertThat(preview.references(List.of(), List.of(word), List.of(), List.of(), null, null, false))
                .containsExactly(reference);
        assertThat(preview.references(
                        List.of(), List.of("\"" + word + " renovering\""), List.of(), List.of(), null, null, false))
                .isEmpty();
    }

    @Test
    void theCpvSearchIsPublicAndAnswersHtmxWithTheListOnly() throws Exception {
        mvc.perform(get("/varsling/cpv").param("q", "tagdækning"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1")))
                .andExpect(content().string(containsString("45261210")));
        mvc.perform(get("/varsling/cpv").param("q", "tagdækning").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<h1"))));
    }

    @Test
    void theAlertFormUsesTheSamePickerAsTheOfficersForm() throws Exception {
        mvc.perform(get("/varsling"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-cpv-field=\"cpvCodes\"")))
                .andExpect(content().string(containsString("data-cpv-list")))
                .andExpect(content().string(containsString("/js/cpv-picker.js")));
        mvc.perform(get("/varsling/cpv")
                        .param("q", "tagdækning")
                        .param("field", "cpvCodes")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-cpv-target=\"cpvCodes\"")))
                .andExpect(content().string(containsString("data-cpv-code=\"45261210\"")))
                .andExpect(content().string(containsString("45000000 Bygge- og anlægsarbejder")));
    }
}
