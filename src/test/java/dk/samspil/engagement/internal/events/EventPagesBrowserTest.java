package dk.samspil.engagement.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Roles;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public event list, the past events and an event page on a phone (390 px) and a desktop (1280 px): no
 * horizontal scroll, no axe-core findings, screenshots in {@code target/screenshots/events-*.png}; and a registration
 * made with the keyboard alone, whose mails (over SMTP) carry the online link to the one with a seat and the place
 * in the queue to the one waiting.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventPagesBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProcurementService procurements;

    private EventFixtures fixtures;
    private String staff;
    private String reference;

    @BeforeEach
    void setUp() {
        fixtures = new EventFixtures(jdbc, port);
        staff = fixtures.token(Roles.CONSULTANT);
        reference =
                EventFixtures.publishedEntry(procurements, transactions, "Plejesenge " + PublicEntries.uniqueWord());
    }

    private static OffsetDateTime at(int days, int hour) {
        return ZonedDateTime.now(DanishFormats.ZONE)
                .plusDays(days)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(hour)
                .toOffsetDateTime();
    }

    private long event(
            String type,
            String title,
            OffsetDateTime start,
            Integer capacity,
            String place,
            String onlineUrl,
            String theme) {
        return fixtures.publishedEvent(staff, """
                {"type": "%s", "title": "%s", "description": "Vi præsenterer behovet, og I byder ind med idéer.",
                 "startsAt": "%s", "endsAt": "%s", "place": %s, "onlineUrl": %s, "capacity": %s,
                 "registrationDeadline": "%s", "procurementReferences": ["%s"], "theme": "%s"}""".formatted(
                        type,
                        title,
                        start,
                        start.plusMinutes(150),
                        place == null ? "null" : "\"" + place + "\"",
                        onlineUrl == null ? "null" : "\"" + onlineUrl + "\"",
                        capacity,
                        start.minusDays(1),
                        reference,
                        theme));
    }

    private void pastEventWithMinutes(String title, String theme) {
        Instant start = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
        long id = jdbc.sql("""
                        INSERT INTO engagement_event (type, title, starts_at, ends_at, place, theme, status, created_by,
                                                      created_at, updated_at, published_at)
                        VALUES ('MARKET_DIALOGUE', :title, :start, :end, 'Slagelse Rådhus', :theme, 'PUBLISHED', 'test',
                                :start, :start, :start) RETURNING id""")
                .param("title", title)
                .param("theme", theme)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(start.plus(Duration.ofHours(2))))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO engagement_material (event_id, kind, title, body, published_by, published_at)
                        VALUES (:id, 'MINUTES', 'Referat af markedsdialogen', 'Tak for de mange gode input.', 'test', now())""").param("id", id).update();
    }

    /** The page at this width: the width holds, nothing scrolls sideways, axe-core finds nothing; a screenshot. */
    private void check(String name, int width) {
        Long inner = (Long) driver.executeScript("return window.innerWidth;");
        assertThat(inner).as("viewport width").isEqualTo(width);
        Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth)
                .as("no horizontal scroll on %s at %d px", name, width)
                .isLessThanOrEqualTo(width);
        assertAccessible();
        // the whole page in one picture: a window as tall as the page, then back
        Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        windowSize(width, (int) Math.min(height + 200, 6000));
        screenshot("events-" + name + "-" + width);
        windowSize(size.getWidth(), size.getHeight());
    }

    @Test
    void theListThePastEventsAndAnEventPageReadWellOnAPhoneAndADesktop() {
        String theme = "Plejehjem " + PublicEntries.uniqueWord();
        String workshop = "OPI-workshop: Fremtidens plejesenge " + PublicEntries.uniqueWord();
        long workshopId = event(
                "OPI_WORKSHOP",
                workshop,
                at(12, 13),
                12,
                "Slagelse Rådhus, Rådhuspladsen 11, 4200 Slagelse",
                null,
                theme);
        String full = "Markedsdialog om senge og lifte " + PublicEntries.uniqueWord();
        long fullId =
                event("MARKET_DIALOGUE", full, at(14, 9), 1, "Slagelse Erhvervscenter, Jernbanegade 5", null, theme);
        fixtures.register(fullId, EventFixtures.registrationJson(EventFixtures.email(), 1));
        String online = "Informationsmøde om udbuddet " + PublicEntries.uniqueWord();
        event(
                "INFORMATION_MEETING",
                online,
                at(16, 10),
                100,
                null,
                "https://moede.example.dk/" + UUID.randomUUID(),
                theme);
        String past = "Markedsdialog om plejehjemsinventar " + PublicEntries.uniqueWord();
        pastEventWithMinutes(past, theme);

        for (int width : new int[] {390, 1280}) {
            windowSize(width, width < 600 ? 844 : 1024);
            open("/arrangementer");
            awaitText(By.tagName("h1"), "Arrangementer");
            new Select(driver.findElement(By.id("tema"))).selectByVisibleText(theme);
            driver.findElement(By.xpath("//form[@role='search' or contains(@class, 'samspil-search')]//button"))
                    .click();
            awaitText(By.className("samspil-result-count"), "3 arrangementer");
            assertThat(driver.getCurrentUrl()).contains("tema=");
            String list = driver.findElement(By.tagName("main")).getText();
            assertThat(list)
                    .contains(workshop, full, online, "12 ledige pladser", "Fuldt – venteliste", "Senest ")
                    .containsPattern(
                            "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \\d{1,2}\\. [a-z]+ \\d{4} kl\\. 13\\.00–15\\.30")
                    .doesNotContain(past);
            check("list", width);

            open("/arrangementer/" + workshopId);
            awaitText(By.tagName("h1"), workshop);
            assertThat(driver.findElement(By.id("event-when")).getText()).endsWith("kl. 13.00–15.30");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("12 ledige pladser af 12", "Højst 2", "Højst 2 pr. virksomhed");
            check("detail", width);

            open("/arrangementer");
            driver.findElement(By.linkText("Tidligere arrangementer")).click();
            awaitText(By.tagName("h1"), "Tidligere arrangementer");
            new Select(driver.findElement(By.id("tema"))).selectByVisibleText(theme);
            driver.findElement(By.xpath("//form[contains(@class, 'samspil-search')]//button"))
                    .click();
            awaitText(By.className("samspil-result-count"), "1 arrangement");
            check("past", width);
            driver.findElement(By.partialLinkText("Referat og materiale")).click();
            awaitText(By.tagName("main"), "Tak for de mange gode input.");
        }
        windowSize(1280, 1024);

        // the filter's two buttons stand level at 390 and 1280 px
        open("/arrangementer");
        awaitText(By.tagName("h1"), "Arrangementer");
        assertActionsLevel();
    }

    private static void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private static void next() {
        pressTab();
    }

    @Test
    void companiesRegisterWithTheKeyboardAndOnlyTheOneWithASeatGetsTheMeetingLink() throws Exception {
        windowSize(1280, 1024);
        String url = "https://moede.example.dk/" + UUID.randomUUID();
        String title = "Informationsmøde om solceller " + PublicEntries.uniqueWord();
        long id = event("INFORMATION_MEETING", title, at(15, 10), 1, null, url, "Energi " + PublicEntries.uniqueWord());
        open("/arrangementer/" + id);
        awaitText(By.tagName("h1"), title);
        assertThat(driver.getPageSource()).doesNotContain(url);

        // first without any details: the summary lists the errors, and its links lead to the fields
        tabTo("the participants field", e -> "participants".equals(e.getDomAttribute("id")));
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.BACK_SPACE)
                .perform();
        WebElement submit = tabTo("the submit button", e -> "submit".equals(e.getDomAttribute("type")));
        assertThat(submit.getText()).isEqualTo("Tilmeld");
        Object outline = driver.executeScript("return getComputedStyle(arguments[0]).outlineStyle;", submit);
        assertThat(outline).as("visible focus on the button").isNotEqualTo("none");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitText(By.id("error-summary"), "Skriv dit navn");
        assertThat(driver.findElement(By.id("error-summary")).getText())
                .contains(
                        "Skriv virksomhedens navn",
                        "Skriv en e-mailadresse",
                        "Skriv antal deltagere som et tal fra 1 til 50");
        assertAccessible();
        screenshot("events-form-errors-1280");
        WebElement toName =
                tabTo("the summary's link to the name field", e -> e.getText().equals("Skriv dit navn"));
        toName.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "name".equals(focused().getDomAttribute("id")));

        String seated = "anne@" + "seng-" + UUID.randomUUID() + ".dk";
        fillAndSend("Anne Andersen", "Seng & Co ApS", seated);
        awaitText(By.id("registration-status"), "Tilmeldt");
        assertThat(driver.findElement(By.id("online-link")).getDomAttribute("href"))
                .isEqualTo(url);
        assertAccessible();
        screenshot("events-registered-1280");
        MimeMessage confirmation = TestSmtp.awaitMails(greenMail, seated, 1)[0];
        assertThat(TestSmtp.text(confirmation))
                .contains("Link til online mødet: " + url)
                .containsPattern("Tidspunkt: [a-zø]+dag \\d{1,2}\\. [a-z]+ \\d{4} kl\\. 10\\.00–12\\.30");

        driver.manage().deleteAllCookies();
        open("/arrangementer/" + id);
        awaitText(By.tagName("main"), "Fuldt – venteliste");
        String waiting = "bo@" + "lift-" + UUID.randomUUID() + ".dk";
        tabTo("the name field", e -> "name".equals(e.getDomAttribute("id")));
        fillAndSend("Bo Berg", "Lift ApS", waiting);
        awaitText(By.id("registration-status"), "På venteliste");
        assertThat(driver.findElement(By.id("waiting-position")).getText()).contains("I er nr. 1 på ventelisten");
        assertThat(driver.getPageSource()).doesNotContain(url);
        assertAccessible();
        windowSize(390, 844);
        check("waiting", 390);
        windowSize(1280, 1024);
        String waitingMail = TestSmtp.text(TestSmtp.awaitMails(greenMail, waiting, 1)[0]);
        assertThat(waitingMail).contains("I er nr. 1 på ventelisten.").doesNotContain(url);
    }

    /** From the name field (which has focus): type every field, Tab between them, Enter on the button. */
    private void fillAndSend(String name, String company, String email) {
        type(name);
        next();
        assertThat(focused().getDomAttribute("id")).isEqualTo("company");
        type(company);
        next();
        assertThat(focused().getDomAttribute("id")).isEqualTo("cvr");
        next();
        assertThat(focused().getDomAttribute("id")).isEqualTo("email");
        type(email);
        next();
        assertThat(focused().getDomAttribute("id")).isEqualTo("participants");
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys("1")
                .perform();
        next();
        assertThat(focused().getDomAttribute("id")).isEqualTo("needs");
        next();
        assertThat(focused().getDomAttribute("type")).isEqualTo("submit");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }
}
