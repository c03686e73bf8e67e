package dk.samspil.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.Background;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two companies express interest in a demo entry with partner finding, confirm from the mail they receive over SMTP,
 * and see each other on their personal pages until one withdraws its visibility; the officers' list counts them.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class InterestBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/interesse/\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoCompaniesFindEachOtherUntilOneWithdrawsItsVisibility() throws Exception {
        String reference = "SK-" + (LocalDate.now(clock).getYear() + 1) + "-003";
        String alfa = "Alfa VVS " + UUID.randomUUID().toString().substring(0, 8);
        String beta = "Beta El " + UUID.randomUUID().toString().substring(0, 8);
        // a demo entry in the shared database: count on from what other tests left there
        long interestedBefore =
                jdbc.sql("""
                        SELECT count(*) FROM engagement_interest
                        WHERE procurement_reference = :reference AND status = 'CONFIRMED'""").param("reference", reference).query(Long.class).single();

        String alfaMail = expressInterest(reference, alfa, "Vi har VVS, søger el", "3", true);
        String alfaPage = confirmFromMail(alfaMail, true);
        String betaMail = expressInterest(reference, beta, "Vi har el", "4", false);
        String betaPage = confirmFromMail(betaMail, false);

        assertThat(driver.findElement(By.id("partners")).getText()).contains(alfa, "Vi har VVS, søger el");
        open(alfaPage);
        assertThat(driver.findElement(By.id("partners")).getText()).contains(beta, "Vi har el", betaMail);

        driver.findElement(By.xpath("//button[contains(., 'Skjul os for andre virksomheder')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "skjult");
        assertThat(driver.findElements(By.id("partners"))).isEmpty();
        open(betaPage);
        awaitText(By.tagName("h1"), reference);
        assertThat(driver.getPageSource()).doesNotContain(alfa);

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/indkoeb?q=" + reference);
        assertThat(driver.findElement(By.xpath("//th[normalize-space()='Interesserede']"))
                        .isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.xpath("//tr[td/a[normalize-space()='" + reference + "']]/td[last()]"))
                        .getText())
                .isEqualTo(String.valueOf(interestedBefore + 2));
    }

    /** Fills in the form from the entry's page; returns the address used. */
    private String expressInterest(
            String reference, String company, String capabilities, String lot, boolean checkAccessibility) {
        String email = "browser-" + UUID.randomUUID() + "@example.dk";
        open("/kommende-indkob/" + reference);
        driver.findElement(By.linkText("Tilkendegiv interesse")).click();
        awaitText(By.tagName("h1"), "Tilkendegiv interesse");
        if (checkAccessibility) {
            assertAccessible();
        }
        driver.findElement(By.id("companyName")).sendKeys(company);
        driver.findElement(By.id("companyCvr")).sendKeys("29188548");
        driver.findElement(By.id("contactName")).sendKeys("Kim Nielsen");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("label[for='lots-" + lot + "']")).click();
        driver.findElement(By.cssSelector("label[for='partnerFinding']")).click();
        driver.findElement(By.id("capabilities")).sendKeys(capabilities);
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Send interesse')]"))
                .click();
        awaitText(By.tagName("h1"), "Tjek jeres e-mail");
        return email;
    }

    /** Opens the confirmation link from the delivered mail, confirms, and goes to the personal page; returns its path. */
    private String confirmFromMail(String email, boolean checkAccessibility) throws Exception {
        String body = deliveredText(email);
        String confirm = path(body, "/interesse/bekraeft");
        String page = LINK.matcher(body)
                .results()
                .map(m -> m.group(1))
                .filter(p -> !p.startsWith("/interesse/bekraeft"))
                .findFirst()
                .orElseThrow();
        open(confirm);
        awaitText(By.tagName("h1"), "Bekræft jeres interesse");
        if (checkAccessibility) {
            assertAccessible();
        }
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Bekræft interesse')]"))
                .click();
        awaitText(By.tagName("h1"), "Interessen er bekræftet");
        if (checkAccessibility) {
            assertAccessible();
        }
        driver.findElement(By.linkText("Gå til jeres side")).click();
        awaitText(By.tagName("h1"), "Jeres interesse i");
        if (checkAccessibility) {
            assertAccessible();
        }
        return page;
    }

    private String deliveredText(String email) throws Exception {
        TestSmtp.awaitMails(greenMail, email, 1);
        Background.awaitOutboxSent(jdbc, email);
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(email);
        assertThat(received).as("mail to %s", email).hasSize(1);
        Multipart parts = (Multipart) received[0].getContent();
        return (String) parts.getBodyPart(0).getContent();
    }

    private static String path(String body, String prefix) {
        Matcher matcher = LINK.matcher(body);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(prefix)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + prefix + " link in " + body);
    }
}
