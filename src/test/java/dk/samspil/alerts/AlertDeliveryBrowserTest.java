package dk.samspil.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.support.Background;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.Http;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Done when: a new user subscribes to a CPV division and confirms from the mail, a procurement officer publishes a
 * matching entry in the staff UI, and the alert arrives once, saying why, with working one-click unsubscribe
 * headers (a GET only shows a page, a POST unsubscribes).
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AlertDeliveryBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/varsling/bekraeft\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisation;

    @Test
    void aNewSubscriberGetsOneAlertWhenAMatchingEntryIsPublished() throws Exception {
        Instant started = Instant.now();
        String email = "levering-" + UUID.randomUUID() + "@example.dk";
        String reference = "AL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String title = "Nye tage på " + reference;

        open("/varsling");
        assertAccessible();
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("cpvCodes")).sendKeys("45000000");
        driver.findElement(By.xpath("//form[@action='/varsling']//button[@type='submit']"))
                .click();
        waitForHeading("Tjek jeres e-mail");
        assertAccessible();

        Matcher confirm = CONFIRM.matcher(TestSmtp.text(TestSmtp.awaitMails(greenMail, email, 1)[0]));
        assertThat(confirm.find()).isTrue();
        open(confirm.group(1));
        assertAccessible();
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Bekræft')]"))
                .click();
        waitForHeading("Tilmeldingen er bekræftet");
        assertAccessible();

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/indkoeb/ny");
        assertAccessible();
        createEntry(reference, title);
        driver.findElement(By.xpath("//main//button[normalize-space()='Offentliggør']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "offentliggjort");
        assertAccessible();

        TestSmtp.awaitMails(greenMail, email, 2);
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", started);
        Background.awaitOutboxSent(jdbc, email);
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(email);
        assertThat(received).as("the confirmation, and the alert once").hasSize(2);
        MimeMessage alert = received[1];
        assertThat(alert.getSubject()).isEqualTo("Nyt kommende indkøb: " + title);
        assertThat(((InternetAddress) alert.getFrom()[0]).getPersonal())
                .isEqualTo(organisation.municipality().map(Municipality::name).orElseThrow());
        assertThat(TestSmtp.text(alert))
                .contains(
                        "CPV 45261210 Tagdækning ligger under jeres 45000000 Bygge- og anlægsarbejder",
                        "/kommende-indkob/" + reference,
                        "/varsling/administrer?token=");
        assertThat(alert.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = alert.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<http").endsWith(">");
        URI oneClick = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        String path = oneClick.getRawPath() + "?" + oneClick.getRawQuery();

        Http http = new Http(port);
        HttpResponse<String> page = http.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(activeSubscriptions(email)).isEqualTo(1);
        HttpResponse<String> posted =
                http.post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(activeSubscriptions(email)).isZero();

        open(path);
        assertAccessible();
    }

    private void createEntry(String reference, String title) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        type("reference", reference);
        type("title", title);
        type("description", "Tagpap udskiftes på tre skoler.");
        new Select(driver.findElement(By.id("buyingUnitId"))).selectByIndex(1);
        type("contactName", "Jens Jensen");
        type("contactEmail", "jens@slagelse.dk");
        type("mainCpv", "tagdækning");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-cpv-target='mainCpv'][data-cpv-code='45261210']")));
        suggestion.click();
        new Select(driver.findElement(By.id("contractType"))).selectByValue("WORKS");
        driver.findElement(By.cssSelector("label[for='valueKind-RANGE']")).click();
        type("valueMin", "2.000.000");
        type("valueMax", "3.500.000");
        new Select(driver.findElement(By.id("procedure"))).selectByValue("EU_TENDER");
        type("expectedPublication", (LocalDate.now().getYear() + 1) + "-Q3");
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern/indkoeb/" + reference));
    }

    private long activeSubscriptions(String email) {
        return jdbc.sql("""
                        SELECT count(*) FROM alert_subscription a JOIN alert_subscriber s ON s.id = a.subscriber_id
                        WHERE s.email = :email AND a.status = 'ACTIVE'""").param("email", email).query(Long.class).single();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }
}
