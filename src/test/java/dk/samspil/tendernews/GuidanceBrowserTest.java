package dk.samspil.tendernews;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A consultant finds the phone guidance log from the start page, is told what is missing, logs a guidance contact
 * with a company of the register, and sees it on the company's timeline. Every page axe-clean at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class GuidanceBrowserTest extends BrowserTest {

    private static final String CVR = "65494841";

    @Test
    void staffLogAGuidanceContactAndSeeItOnTheCompanysTimeline() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String subject = "Hjælp til ESPD " + UUID.randomUUID().toString().substring(0, 6);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern"));
        driver.findElement(By.cssSelector("main a[href='/intern/udbud/vejledning']"))
                .click();
        awaitText(By.tagName("h1"), "Telefonvejledning om udbud");

        driver.findElement(By.id("cvr")).sendKeys("12345678");
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
        awaitText(By.cssSelector(".alert-error"), "Skriv emnet for vejledningen.");
        checkPage("tendernews-guidance-1-errors");

        driver.findElement(By.id("cvr")).clear();
        driver.findElement(By.id("cvr")).sendKeys(CVR);
        driver.findElement(By.id("contactName")).sendKeys("Mette Hansen");
        driver.findElement(By.id("subject")).sendKeys(subject);
        driver.findElement(By.id("outcome")).sendKeys("Forklaret ESPD-skemaet og fristerne.");
        driver.findElement(By.id("followUp")).sendKeys("Ring igen efter tilbudsfristen.");
        driver.findElement(By.cssSelector("label[for='passedToProvider']")).click();
        // the page with the first round's errors is still shown right after the click: wait until it is replaced
        WebElement errorPage = driver.findElement(By.tagName("main"));
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
        wait.until(ExpectedConditions.stalenessOf(errorPage));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Vejledningen er noteret");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(subject, "Vestsjællands Maskinfabrik A/S", "Mette Hansen", "consultant@demo.samspil.dk");
        checkPage("tendernews-guidance-2-saved");

        driver.findElement(By.linkText("Vestsjællands Maskinfabrik A/S")).click();
        awaitText(By.tagName("h1"), "Vestsjællands Maskinfabrik A/S");
        assertThat(driver.findElement(By.cssSelector("main .samspil-timeline")).getText())
                .contains("Telefonvejledning om udbud: " + subject + " (videregivet til udbyderen af udbudsdata)");
        checkPage("tendernews-guidance-3-timeline");
    }
}
