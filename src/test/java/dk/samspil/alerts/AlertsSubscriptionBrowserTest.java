package dk.samspil.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A company subscribes to a whole CPV division, confirms from the e-mail and opens its manage page. */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class AlertsSubscriptionBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/varsling/(bekraeft|administrer)\\?token=\\S+)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void subscribeConfirmFromTheMailAndManage() {
        String email = "browser-" + UUID.randomUUID() + "@example.dk";
        open("/");
        driver.findElement(By.linkText("Varsling")).click();
        waitForHeading("Få besked om kommende indkøb");
        assertAccessible();

        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("cpvCodes")).sendKeys("45000000");
        driver.findElement(By.xpath("//form[@action='/varsling']//button[@type='submit']"))
                .click();
        waitForHeading("Tjek jeres e-mail");
        assertThat(driver.getPageSource()).contains("Et meget bredt valg", "45000000");
        assertAccessible();

        String mail = jdbc.sql("SELECT body_text FROM outbox_message WHERE recipient = :email")
                .param("email", email)
                .query(String.class)
                .single();
        open(path(mail, "bekraeft"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bekræft jeres tilmelding");
        assertAccessible();
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Bekræft')]"))
                .click();
        waitForHeading("Tilmeldingen er bekræftet");
        assertAccessible();

        open(path(mail, "administrer"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Jeres varslinger");
        assertThat(driver.getPageSource()).contains(email, "Bygge- og anlægsarbejder", "Aktiv");
        assertAccessible();
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private static String path(String mail, String page) {
        Matcher matcher = LINK.matcher(mail);
        while (matcher.find()) {
            if (matcher.group(2).equals(page)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + page + " link in " + mail);
    }
}
