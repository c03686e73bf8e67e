package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Forms that help, shown on the alert form: after a failed submit the page opens at the error summary with focus on
 * it, every error is listed at once (an unreadable amount does not hide the others), a CVR number with a wrong check
 * digit says so, and a link in the summary takes focus to its field.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class ErrorSummaryBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aFailedSubmitOpensAtTheSummaryWithEveryErrorAndFocusOnIt(int width) {
        resizeWindow(width, 900);
        open("/varsling");
        driver.findElement(By.id("email")).sendKeys("ikke-en-adresse");
        driver.findElement(By.id("companyCvr")).sendKeys("29 18 85 49");
        driver.findElement(By.id("minValueDkk")).sendKeys("fem");
        driver.findElement(By.cssSelector("main form button[type=submit].button-primary"))
                .click();

        WebElement summary = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(page -> page.findElement(By.id("error-summary")));
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(page -> "error-summary".equals(focused().getDomAttribute("id")));
        screenshot("error-summary-" + width);
        assertThat(summary.getText())
                .contains(
                        "Skriv en gyldig e-mailadresse",
                        "Kontrolcifferet passer ikke – tjek nummeret",
                        "Vælg mindst én CPV-kode");
        assertThat(summary.findElements(By.cssSelector("a[href='#minValueDkk']")))
                .as("the unreadable amount")
                .hasSize(1);
        Number top = (Number)
                driver.executeScript("return document.getElementById('error-summary').getBoundingClientRect().top");
        Number height = (Number) driver.executeScript("return window.innerHeight");
        assertThat(top.doubleValue()).as("the page opens at the summary").isBetween(0.0, height.doubleValue() / 2);
        assertAccessible();

        summary.findElement(By.cssSelector("a[href='#companyCvr']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(page -> "companyCvr".equals(focused().getDomAttribute("id")));
        assertThat(driver.findElement(By.id("companyCvr")).getDomProperty("value"))
                .isEqualTo("29 18 85 49");
    }
}
