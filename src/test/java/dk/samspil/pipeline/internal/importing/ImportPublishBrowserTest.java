package dk.samspil.pipeline.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A procurement officer finds the import on the plan list, imports a plan of two entries, publishes both drafts in one
 * go after seeing them, and must give a public reason when moving one entry's expected date. The pages are axe-clean
 * and are photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class ImportPublishBrowserTest extends BrowserTest {

    @Autowired
    PlanFileFormat format;

    @Autowired
    ProcurementService procurements;

    @Test
    void officerImportsBulkPublishesAndGivesAReasonForANewDate() throws Exception {
        String word =
                "Flow" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        String first = PlanFiles.reference();
        String second = PlanFiles.reference();
        byte[] csv = new PlanFiles(format)
                .row(PlanFiles.procurement(first))
                .with(PlanColumn.TITLE, "Tagrenovering " + word + " Nordskolen")
                .row(PlanFiles.procurement(second))
                .with(PlanColumn.TITLE, "Tagrenovering " + word + " Vestskolen")
                .csv();
        Path file = Files.createTempFile("indkoebsplan", ".csv");
        Files.write(file, csv);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        int nextYear = LocalDate.now().getYear() + 1;

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        // login lands on the officer's own start page, which leads to the plan
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern"));
        assertAccessible();
        screenshot("staffflow-start-1280");
        // signed in, the work sections lead the menu: the officers' plan is in the bar itself, not under "Mere"
        WebElement plan = driver.findElement(By.cssSelector("header nav a.nav-link[href='/intern/indkoeb']"));
        assertThat(plan.isDisplayed())
                .as("the plan's menu entry is visible at 1280 px")
                .isTrue();
        plan.click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern/indkoeb"));
        screenshot("staffflow-list-1280");
        driver.findElement(By.linkText("Importér plan")).click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern/indkoeb/import"));
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        awaitText(By.tagName("main"), second);
        driver.findElement(By.cssSelector("button[name=mode][value=all]")).click();
        assertThat(awaitText(By.cssSelector(".alert-success"), "importeret som kladder")
                        .getText())
                .startsWith("2 ");

        open("/intern/indkoeb?q=" + word);
        tick(first);
        tick(second);
        assertAccessible();
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.cssSelector("main table")));
        screenshot("staffflow-list-ticked-1280");
        resizeWindow(390, 844);
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.cssSelector("main table")));
        screenshot("staffflow-list-390");
        resizeWindow(1280, 1024);
        driver.findElement(By.xpath("//main//button[normalize-space()='Offentliggør valgte kladder']"))
                .click();

        awaitText(By.tagName("h1"), "Offentliggør kladder");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(first, second, "Disse 2 kladder");
        assertThat(procurements.find(first).orElseThrow().status()).isEqualTo(ProcurementStatus.DRAFT);
        checkPage("staffflow-bulk");
        assertActionsLevel();
        driver.findElement(By.xpath("//main//button[normalize-space()='Offentliggør 2 indkøb']"))
                .click();
        assertThat(awaitText(By.cssSelector(".alert-success"), "offentliggjort").getText())
                .contains("2 indkøb er offentliggjort", first, second);
        assertThat(procurements.find(second).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);

        open("/intern/indkoeb/" + first + "/rediger");
        assertAccessible();
        screenshot("staffflow-form-1280");
        // earlier, so the contract start (after the second quarter) still follows the tender
        type("expectedPublication", nextYear + "-Q1");
        save();
        awaitText(By.cssSelector(".alert-error"), "Skriv en begrundelse for ændringen");
        assertAccessible();
        resizeWindow(390, 844);
        screenshot("staffflow-form-error-390");
        resizeWindow(1280, 1024);
        type("reason", "Skolernes sommerferie er flyttet");
        save();
        screenshotIfStillOn("/rediger", "staffflow-form-refused");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern/indkoeb/" + first));
        assertThat(driver.findElement(By.cssSelector("table.samspil-history")).getText())
                .contains("Skolernes sommerferie er flyttet");

        // only the amounts of the chosen value kind are shown
        open("/intern/indkoeb/ny");
        chooseValueKind("RANGE");
        assertThat(driver.findElement(By.id("valueMin")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("valueExact")).isDisplayed()).isFalse();
        chooseValueKind("EXACT");
        assertThat(driver.findElement(By.id("valueExact")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("valueMax")).isDisplayed()).isFalse();
        screenshot("staffflow-new-1280");
        assertAccessible();
        Files.deleteIfExists(file);
    }

    private void screenshotIfStillOn(String path, String name) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.getCurrentUrl().endsWith(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot(name);
        }
    }

    /** Clicks the label of the value kind's radio, as a user does (the first radio's id has no suffix). */
    private void chooseValueKind(String kind) {
        String id = driver.findElement(By.cssSelector("input[name=valueKind][value=" + kind + "]"))
                .getAttribute("id");
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private void tick(String reference) {
        WebElement box = driver.findElement(By.cssSelector("input[name=ref][value='" + reference + "']"));
        box.click();
        assertThat(box.isSelected()).isTrue();
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
}
