package dk.samspil.companies;

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
 * A consultant finds a company from the start page, logs a visit shared with the job centre; a job-centre consultant
 * reads it, a case worker does not see it, and the consultant then sees that the job centre has read it. Every page is
 * axe-clean, keyboard-drawn and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class CompanyNotesBrowserTest extends BrowserTest {

    @Test
    void aVisitSharedWithTheJobCentreIsReadThereAndNotByCaseWorkers() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String title = "Besøg om lærlinge " + UUID.randomUUID().toString().substring(0, 6);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Virksomheder i registret");
        driver.findElement(By.cssSelector("main a[href='/intern/virksomheder']"))
                .click();
        awaitText(By.tagName("h1"), "Virksomheder");
        driver.findElement(By.id("q")).sendKeys("maskinfabrik");
        driver.findElement(By.cssSelector("main form[role=search] button[type=submit]"))
                .click();
        awaitText(By.tagName("main"), "Vestsjællands Maskinfabrik A/S");
        checkPage("companies-1-search");
        driver.findElement(By.linkText("Vestsjællands Maskinfabrik A/S")).click();
        awaitText(By.tagName("h1"), "Vestsjællands Maskinfabrik A/S");
        String companyPage = driver.getCurrentUrl();

        // an empty submit explains every missing field at once, with the focus on the summary
        WebElement notes = driver.findElement(By.id("notes"));
        notes.clear();
        driver.findElement(By.id("title")).clear();
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
        awaitText(By.cssSelector(".alert-error"), "Skriv en overskrift.");
        assertThat(driver.findElement(By.cssSelector(".alert-error")).getText()).contains("Skriv noterne.");
        checkPage("companies-2-note-errors");

        driver.findElement(By.id("title")).sendKeys(title);
        label("topics", "RECRUITMENT").click();
        driver.findElement(By.id("notes"))
                .sendKeys("Mangler to lærlinge til efteråret.\nVil gerne tale med jobcentret.");
        label("sharedWith", "SEC_JOBCENTER").click();
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Noten er gemt.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(
                        title,
                        "Rekruttering og kompetencer",
                        "Erhvervscentret og jobcentret",
                        "Ingen uden for jeres organisation har læst noten.");
        checkPage("companies-3-note-saved");
        logOut();

        loginAs("jobcenter@demo.samspil.dk", "demo-jobcenter-2026");
        driver.get(companyPage);
        awaitText(By.tagName("main"), title);
        checkPage("companies-4-jobcentre-reads");
        logOut();

        loginAs("caseworker@demo.samspil.dk", "demo-caseworker-2026");
        driver.get(companyPage);
        awaitText(By.tagName("h1"), "Vestsjællands Maskinfabrik A/S");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(title);
        logOut();

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        driver.get(companyPage);
        WebElement reads = awaitText(By.cssSelector("main .samspil-note details summary"), "Læst af 1 person");
        reads.click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("jobcenter@demo.samspil.dk (Jobcentret)");
        checkPage("companies-5-read-by");
    }

    /** The label of one choice of a checkbox or radio group, found by the choice's value. */
    private WebElement label(String field, String value) {
        String id = driver.findElement(By.cssSelector("input[name=" + field + "][value=" + value + "]"))
                .getAttribute("id");
        return driver.findElement(By.cssSelector("label[for='" + id + "']"));
    }
}
