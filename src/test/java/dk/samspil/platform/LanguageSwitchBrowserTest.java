package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.alerts.AlertLinks;
import dk.samspil.engagement.TestEvents;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.Http;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page behind a magic link (a signed token in the address), opened with a valid token in the running
 * application: the footer's switch to English and back keeps the token, so the page still works instead of saying
 * that the link is broken. Forms on such pages keep the token after a validation error in the other language, and
 * the switch on the page with the errors leads back to the working page. A new page that takes a token and that this
 * test does not visit fails {@link #everyPageBehindAMagicLinkIsVisited()}.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class LanguageSwitchBrowserTest extends BrowserTest {

    /** The GET routes showing a page behind a token, each visited by one of the tests below. */
    private static final Set<String> MAGIC_LINK_PAGES = Set.of(
            "/varsling/bekraeft",
            "/varsling/administrer",
            "/varsling/administrer/rediger",
            "/varsling/afmeld",
            "/interesse/bekraeft",
            "/interesse/{token}",
            "/tilmelding/{token}",
            "/tilmelding/{token}/afmeld",
            "/opi/ideer/mine",
            "/opsaetning",
            "/invitation",
            "/adgangskode/ny",
            "/nyhedsbrev/bekraeft",
            "/nyhedsbrev/indstillinger",
            "/nyhedsbrev/afmeld",
            // the company's application page needs a stored application: TalentBrowserTest opens it from its mail
            "/studiejob/opslag/bekraeft",
            "/studiejob/ansoegning/tilbagetraek",
            "/studiejob/ansoegning",
            // the edit link needs an opportunity waiting for changes: TalentBrowserTest switches language on it
            "/studiejob/opslag/ret",
            // not a page: counts a click and redirects to the campaign's stored link (CampaignMailTest)
            "/nyhedsbrev/link/{token}");

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s>\"]+)");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    AlertLinks alertLinks;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyPageBehindAMagicLinkIsVisited() {
        Set<String> routes = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (isPage(info, method) && takesToken(method)) {
                routes.addAll(info.getPatternValues());
            }
        });
        assertThat(routes)
                .as("GET pages that take a token; visit new ones here")
                .containsExactlyInAnyOrderElementsOf(MAGIC_LINK_PAGES);
    }

    @Test
    void alertLinksKeepTheirTokenInEnglishAndBack() {
        String email = "switch-" + UUID.randomUUID() + "@example.dk";
        assertThat(http().post(
                                "/api/v1/subscriptions",
                                "application/json",
                                "{\"email\": \"%s\", \"cpvCodes\": [\"45000000\"]}".formatted(email))
                        .statusCode())
                .isEqualTo(202);
        String mail = mail(email, 0);
        long subscriber = jdbc.sql("SELECT id FROM alert_subscriber WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();

        assertSwitchKeepsThePage(link(mail, "/varsling/bekraeft?"), "alerts.confirm.title");
        assertSwitchKeepsThePage(path(alertLinks.unsubscribeUrl(subscriber)), "alerts.unsubscribe.title");
        assertSwitchKeepsThePage(link(mail, "/varsling/administrer?"), "alerts.manage.title");

        driver.findElement(By.cssSelector("a[href*='/varsling/administrer/rediger']"))
                .click();
        awaitHeading("alerts.edit.title", DanishFormats.DANISH);
        String edit = pathOfPage();
        assertSwitchKeepsThePage(edit, "alerts.edit.title");

        switchTo("en", "alerts.edit.title");
        WebElement cpv = driver.findElement(By.id("cpvCodes"));
        cpv.clear();
        driver.findElement(By.xpath("//form[@action='/varsling/administrer/rediger']//button[@type='submit']"))
                .click();
        awaitText(
                By.cssSelector(".alert-error"),
                messages.getMessage("alerts.error.criteria.empty", null, Locale.ENGLISH));
        assertThat(heading()).isEqualTo(text("alerts.edit.title", Locale.ENGLISH));
        assertThat(driver.findElement(By.name("token")).getDomProperty("value")).isEqualTo(parameter(edit, "token"));

        switchTo("da", "alerts.edit.title");
        assertThat(pathOfPage()).as("back on the edit page of the same link").startsWith(edit);
    }

    @Test
    void talentLinksKeepTheirTokenInEnglishAndBack() {
        // the links of the talent bridge's mails, made as TalentLinks makes them (the confirm page checks the token
        // only)
        String posting = "/studiejob/opslag/bekraeft?token="
                + java.net.URLEncoder.encode(
                        tokens.create("talent.post", "1", Duration.ofDays(1)), StandardCharsets.UTF_8);
        assertSwitchKeepsThePage(posting, "talent.confirm.title");
        String withdraw = "/studiejob/ansoegning/tilbagetraek?token="
                + java.net.URLEncoder.encode(
                        tokens.create("talent.withdraw", "1", Duration.ofDays(1)), StandardCharsets.UTF_8);
        assertSwitchKeepsThePage(withdraw, "talent.withdraw.title");
    }

    @Test
    void newsletterLinksKeepTheirTokenInEnglishAndBack() {
        long list = jdbc.sql("""
                        INSERT INTO newsletter_list (name, purpose, visibility, double_opt_in, marketing, text_version, created_at)
                        VALUES (:name, 'Nyt om erhvervslivet.', 'PUBLIC', true, false, '2026-12-01-1', now()) RETURNING id""")
                .param("name", "Sprog " + UUID.randomUUID())
                .query(Long.class)
                .single();
        String email = "switch-" + UUID.randomUUID() + "@example.dk";
        assertThat(http().post(
                                "/api/v1/lists/" + list + "/subscribers",
                                "application/json",
                                "{\"email\": \"%s\"}".formatted(email))
                        .statusCode())
                .isEqualTo(202);
        assertSwitchKeepsThePage(link(mail(email, 0), "/nyhedsbrev/bekraeft?"), "newsletter.confirm.title");

        long subscriber = jdbc.sql("SELECT id FROM alert_subscriber WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        // the links of a campaign mail, made as NewsletterLinks makes them
        String preferences = "/nyhedsbrev/indstillinger?token="
                + java.net.URLEncoder.encode(
                        tokens.create("newsletter.preferences", String.valueOf(subscriber), Duration.ofDays(1)),
                        StandardCharsets.UTF_8);
        assertSwitchKeepsThePage(preferences, "newsletter.preferences.title");
        String unsubscribe = "/nyhedsbrev/afmeld?token="
                + java.net.URLEncoder.encode(
                        tokens.create("newsletter.unsubscribe", subscriber + ":" + list + ":0", Duration.ofDays(1)),
                        StandardCharsets.UTF_8);
        assertSwitchKeepsThePage(unsubscribe, "newsletter.unsubscribe.title");
    }

    @Autowired
    dk.samspil.platform.SignedTokens tokens;

    @Test
    void interestLinksKeepTheirTokenInEnglishAndBack() {
        String reference = "SK-" + (LocalDate.now().getYear() + 1) + "-003";
        String email = "switch-" + UUID.randomUUID() + "@example.dk";
        assertThat(http().post("/api/v1/procurements/" + reference + "/interest", "application/json", """
                {"companyName": "Sprog ApS", "companyCvr": "29188548", "contactName": "Ida Holm", "email": "%s"}""".formatted(
                                        email))
                        .statusCode())
                .isEqualTo(201);
        String mail = mail(email, 0);

        assertSwitchKeepsThePage(link(mail, "/interesse/bekraeft?"), "engagement.interest.confirm.title");
        driver.findElement(By.xpath("//main//form//button[@type='submit']")).click();
        awaitHeading("engagement.interest.confirmed.title", DanishFormats.DANISH);

        String page = LINK.matcher(mail)
                .results()
                .map(found -> found.group(1))
                .filter(found -> found.startsWith("/interesse/") && !found.startsWith("/interesse/bekraeft"))
                .findFirst()
                .orElseThrow();
        assertSwitchKeepsThePage(page, "engagement.interest.page.title", reference);
    }

    @Test
    void registrationAndIdeaLinksKeepTheirTokenInEnglishAndBack() {
        String theme = "Sprogskift " + UUID.randomUUID().toString().substring(0, 8);
        long workshop = TestEvents.insert(jdbc, "OPI_WORKSHOP", "Workshop om " + theme, "PUBLISHED", theme);

        String participant = "switch-" + UUID.randomUUID() + "@example.dk";
        assertThat(http().post("/api/v1/events/" + workshop + "/registrations", "application/json", """
                {"name": "Jens Hansen", "company": "Hansen ApS", "email": "%s", "participants": 1}""".formatted(
                                        participant))
                        .statusCode())
                .isEqualTo(201);
        String registration = link(mail(participant, 0), "/tilmelding/");
        assertSwitchKeepsThePage(registration, "engagement.events.personal.title");
        assertSwitchKeepsThePage(registration + "/afmeld", "engagement.events.personal.cancelTitle");

        String submitter = "switch-" + UUID.randomUUID() + "@example.dk";
        open("/opi/ideer/ny?arrangement=" + workshop);
        driver.findElement(By.id("title")).sendKeys("Sensorer i plejeboliger");
        driver.findElement(By.id("description")).sendKeys("Sensorer giver besked, når en beboer falder.");
        driver.findElement(By.id("contactName")).sendKeys("Mette Hansen");
        driver.findElement(By.id("email")).sendKeys(submitter);
        driver.findElement(By.cssSelector("label[for='consent']")).click();
        driver.findElement(By.xpath("//main//form//button[@type='submit']")).click();
        awaitHeading("engagement.idea.sent.title", DanishFormats.DANISH);
        assertSwitchKeepsThePage(link(mail(submitter, 0), "/opi/ideer/mine?"), "engagement.idea.mine.title");
    }

    @Test
    void invitationAndResetLinksKeepTheirTokenInEnglishAndBack() {
        loginAs("admin@demo.samspil.dk", "demo-admin-2026");
        open("/admin/brugere/ny");
        String email = "sprog-" + UUID.randomUUID().toString().substring(0, 8) + "@slagelse.dk";
        driver.findElement(By.id("name")).sendKeys("Sprog Skifter");
        driver.findElement(By.id("email")).sendKeys(email);
        WebElement role = driver.findElement(By.cssSelector("input[name=roles][value=CASEWORKER]"));
        driver.findElement(By.cssSelector("label[for='" + role.getAttribute("id") + "']"))
                .click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.cssSelector(".alert-success"), "inviteret");
        logOut();
        assertSwitchKeepsThePage(link(mail(email, 0), "/invitation?"), "identity.choose.invitation.title");

        open("/glemt-adgangskode");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitHeading("identity.forgot.sent.title", DanishFormats.DANISH);
        assertSwitchKeepsThePage(link(mail(email, 1), "/adgangskode/ny?"), "identity.choose.reset.title");
    }

    @Test
    void theSetUpLinkKeepsItsTokenInEnglishAndBackAlsoAfterAnError() throws NoSuchAlgorithmException {
        String token = UUID.randomUUID().toString();
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql(
                        "INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:hash, now(), now() + interval '1 hour')")
                .param("hash", hash)
                .update();
        try {
            String setup = "/opsaetning?token=" + token;
            assertSwitchKeepsThePage(setup, "identity.setup.title");

            switchTo("en", "identity.setup.title");
            driver.findElement(By.xpath("//main//form//button[@type='submit']")).click();
            awaitText(By.cssSelector(".alert-error"), text("common.error.summary", Locale.ENGLISH));
            assertThat(driver.findElement(By.name("token")).getDomProperty("value"))
                    .isEqualTo(token);

            switchTo("da", "identity.setup.title");
            assertThat(pathOfPage()).startsWith(setup);
        } finally {
            jdbc.sql("UPDATE setup_token SET used_at = now() WHERE token_hash = :hash")
                    .param("hash", hash)
                    .update();
        }
    }

    /**
     * Opens the page in Danish, follows the switch to English and back to Danish, and checks each time that the page
     * itself is shown (its own heading, not the one of a broken link) at the same address with the same token.
     */
    private void assertSwitchKeepsThePage(String path, String headingKey, Object... arguments) {
        open(path);
        if (!"da".equals(language())) {
            switchTo("da", headingKey, arguments);
        }
        assertThat(heading()).as("%s in Danish", path).isEqualTo(text(headingKey, DanishFormats.DANISH, arguments));
        assertAccessible();

        switchTo("en", headingKey, arguments);
        assertThat(pathOfPage())
                .as("English %s", path)
                .startsWith(path + (path.contains("?") ? "&" : "?"))
                .endsWith("lang=en");

        switchTo("da", headingKey, arguments);
        assertThat(pathOfPage()).as("Danish %s", path).isEqualTo(path + (path.contains("?") ? "&" : "?") + "lang=da");
    }

    /** Follows the footer's link to the language and waits for the page in it. */
    private void switchTo(String language, String headingKey, Object... arguments) {
        driver.findElement(By.cssSelector(".language-switcher a[lang='" + language + "']"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> language.equals(language()));
        assertThat(heading())
                .as("the page in %s", language)
                .isEqualTo(text(headingKey, Locale.forLanguageTag(language), arguments));
    }

    private void awaitHeading(String key, Locale locale) {
        awaitText(By.tagName("h1"), text(key, locale));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static String pathOfPage() {
        return path(driver.getCurrentUrl());
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String parameter(String path, String name) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(path);
        assertThat(value.find()).as("%s in %s", name, path).isTrue();
        return value.group(1);
    }

    /** The mail's link whose path starts with the prefix. */
    private static String link(String mail, String prefix) {
        return LINK.matcher(mail)
                .results()
                .map(found -> found.group(1))
                .filter(found -> found.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + prefix + " link in " + mail));
    }

    private String mail(String recipient, int index) {
        List<String> mails = jdbc.sql("SELECT body_text FROM outbox_message WHERE recipient = :recipient ORDER BY id")
                .param("recipient", recipient)
                .query(String.class)
                .list();
        assertThat(mails).as("mails to %s", recipient).hasSizeGreaterThan(index);
        return mails.get(index);
    }

    private Http http() {
        return new Http(port);
    }

    private static boolean isPage(RequestMappingInfo info, HandlerMethod method) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return (methods.isEmpty() || methods.contains(RequestMethod.GET))
                && !ResponseEntity.class.isAssignableFrom(method.getMethod().getReturnType());
    }

    private static boolean takesToken(HandlerMethod method) {
        for (Parameter parameter : method.getMethod().getParameters()) {
            RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
            PathVariable variable = AnnotatedElementUtils.findMergedAnnotation(parameter, PathVariable.class);
            String declared = param != null ? param.name() : variable != null ? variable.name() : null;
            if (declared != null && (declared.isEmpty() ? parameter.getName() : declared).equals("token")) {
                return true;
            }
        }
        return false;
    }
}
