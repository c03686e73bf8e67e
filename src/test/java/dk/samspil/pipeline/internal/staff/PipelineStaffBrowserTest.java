package dk.samspil.pipeline.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A procurement officer creates an entry through the form (choosing the CPV code in the picker), publishes it and
 * later postpones it with a reason; the list, form (also with errors), status and detail pages are axe-clean.
 * The public detail page is built on another branch, so the history is checked on the staff detail page.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class PipelineStaffBrowserTest extends BrowserTest {

    @Test
    void officerCreatesPublishesAndPostponesAnEntry() {
        String reference = "BT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int nextYear = LocalDate.now().getYear() + 1;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/indkoeb");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Indkøbsplan");
        assertAccessible();

        open("/intern/indkoeb/ny");
        assertAccessible();
        checkPage("pipeline-staff-new");
        assertActionsLevel();
        save();
        assertThat(driver.findElement(By.cssSelector(".alert-error")).getText()).contains("Der er fejl i formularen");
        assertAccessible();

        type("reference", reference);
        type("title", "Renovering af tage på Slagelse plejecentre");
        type("description", "Tagpap udskiftes på tre plejecentre.\n\nArbejdet sker i etaper.");
        new Select(driver.findElement(By.id("buyingUnitId"))).selectByIndex(1);
        type("contactName", "Jens Jensen");
        type("contactEmail", "jens@slagelse.dk");
        type("mainCpv", "tagdækning");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-cpv-target='mainCpv'][data-cpv-code='45261210']")));
        suggestion.click();
        assertThat(driver.findElement(By.id("mainCpv")).getAttribute("value")).isEqualTo("45261210");
        assertThat(driver.findElement(By.id("mainCpv-path")).getText())
                .contains("45000000")
                .contains("Tagdækning");
        new Select(driver.findElement(By.id("contractType"))).selectByValue("WORKS");
        driver.findElement(By.cssSelector("label[for='valueKind-RANGE']")).click();
        type("valueMin", "2.000.000");
        type("valueMax", "3.500.000");
        new Select(driver.findElement(By.id("procedure"))).selectByValue("EU_TENDER");
        type("expectedPublication", nextYear + "-Q3");
        driver.findElement(By.cssSelector("label[for='smeSuitable']")).click();
        type("lots0.title", "Plejecenter Solbakken");
        type("lots0.value", "1.200.000");
        save();

        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern/indkoeb/" + reference));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .contains("oprettet som kladde");
        assertThat(main())
                .contains("3. kvartal " + nextYear)
                .contains("2,0–3,5 mio. kr.")
                .doesNotContain("{0}")
                .contains("45000000 Bygge- og anlægsarbejder › 45200000")
                .contains("45261210 Tagdækning");
        assertAccessible();

        driver.findElement(By.xpath("//main//button[normalize-space()='Offentliggør']"))
                .click();
        // the page before also has a success message: wait for the new one rather than read the old page mid-load
        awaitText(By.cssSelector(".alert-success"), "offentliggjort");

        open("/intern/indkoeb/" + reference + "/rediger");
        assertAccessible();

        open("/intern/indkoeb/" + reference + "/status");
        assertAccessible();
        driver.findElement(By.cssSelector("label[for='status-POSTPONED']")).click();
        driver.findElement(By.xpath("//main//button[normalize-space()='Skift status']"))
                .click();
        awaitText(By.cssSelector(".alert-error"), "Skriv en kort begrundelse");
        assertAccessible();
        checkPage("pipeline-staff-status-error");
        assertActionsLevel();
        type("reason", "Afventer budgetforhandlingerne");
        driver.findElement(By.xpath("//main//button[normalize-space()='Skift status']"))
                .click();

        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern/indkoeb/" + reference));
        String history =
                driver.findElement(By.cssSelector("table.samspil-history")).getText();
        assertThat(history)
                .contains("Offentliggjort")
                .contains("Status ændret")
                .contains("Udskudt")
                .contains("Afventer budgetforhandlingerne");
        assertAccessible();

        open("/intern/indkoeb?q=" + reference);
        assertThat(main()).contains(reference).contains("Udskudt");

        // the public page shows the entry, its status and its history with the public reason
        open("/kommende-indkob/" + reference);
        assertThat(main())
                .contains("Udskudt")
                .contains("Afventer budgetforhandlingerne")
                .contains("Offentliggjort")
                .contains("Tagdækning");
        assertAccessible();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void save() {
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
