package dk.samspil.pipeline.internal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Done when of the search: on a phone (390 px) and a desktop (1280 px), over the demo plan, a company searches
 * {@code vinduer}, finds "Vinduespolering" with the word marked, sees the list compact and as a table, saves the search
 * as an alert (the form comes filled in, with the number of entries it would match) and confirms it from the mail.
 * axe-core finds nothing and no page scrolls sideways.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublicSearchBrowserTest extends BrowserTest {

    private static final int HEIGHT = 900;
    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/varsling/bekraeft\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aCompanySearchesFindsTheWordMarkedAndSavesTheSearchAsAnAlert(int width) throws Exception {
        resizeWindow(width, HEIGHT);
        open("/kommende-indkob");
        driver.findElement(By.id("q")).sendKeys("vinduer");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("q=vinduer"));
        WebElement title = driver.findElement(By.cssSelector(".samspil-result-title a"));
        assertThat(title.getText()).isEqualTo("Vinduespolering");
        assertThat(title.findElement(By.tagName("mark")).getText()).isEqualTo("Vinduespolering");
        assertThat(driver.findElement(By.cssSelector(".samspil-result-snippet mark"))
                        .getText())
                .isEqualTo("Vinduespolering");
        fullPageScreenshot("search-vinduer-" + width, width);
        assertThat(sidewaysOverflow()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
        assertAccessible();

        // the whole plan: compact enough that 20 results are a few screens, not a 7,000 px page
        open("/kommende-indkob");
        long listHeight = ((Number) driver.executeScript(
                        "return document.querySelector('.samspil-results-compact').getBoundingClientRect().height"))
                .longValue();
        assertThat(listHeight).as("20 results at %d px", width).isLessThan(width < 600 ? 4_500 : 2_700);
        fullPageScreenshot("search-all-" + width, width);
        assertThat(sidewaysOverflow()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);

        driver.findElement(By.linkText("Tabel")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("visning=tabel"));
        assertThat(driver.findElements(By.cssSelector(".samspil-results-table tbody tr")))
                .hasSize(20);
        fullPageScreenshot("search-table-" + width, width);
        assertThat(sidewaysOverflow()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
        assertAccessible();

        // save the search as an alert and confirm it
        open("/kommende-indkob?q=vinduer");
        driver.findElement(By.id("save-as-alert")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("/varsling?ord=vinduer"));
        assertThat(driver.findElement(By.id("keywords")).getDomProperty("value"))
                .isEqualTo("vinduer");
        assertThat(driver.findElement(By.id("match-preview")).getText())
                .matches("(?s)Udfyldt fra jeres søgning\\. \\d+ af de nuværende kommende indkøb passer.*");
        screenshot("search-saved-as-alert-" + width);
        assertAccessible();
        String email = "soegning-" + UUID.randomUUID() + "@example.dk";
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.xpath("//form[@action='/varsling']//button[@type='submit']"))
                .click();
        awaitText(By.tagName("h1"), "Tjek jeres e-mail");

        Matcher confirm = CONFIRM.matcher(TestSmtp.text(TestSmtp.awaitMails(greenMail, email, 1)[0]));
        assertThat(confirm.find()).isTrue();
        open(confirm.group(1));
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Bekræft')]"))
                .click();
        awaitText(By.tagName("h1"), "Tilmeldingen er bekræftet");
    }

    /** The whole page at this width, for looking at it. */
    private void fullPageScreenshot(String name, int width) {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        resizeWindow(width, (int) Math.min(height + 100, 6000));
        screenshot(name);
        resizeWindow(width, HEIGHT);
    }
}
