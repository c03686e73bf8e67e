package dk.samspil.tendernews;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.BrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A procurement officer finds the tender notices in the staff menu, uploads a contract notice of the municipality,
 * sees its preview, stores it, links it to the expected purchase the page suggests, and a visitor finds it on the
 * public tender page leading to the purchase, which now shows its deadline. Every page axe-clean at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class NoticesBrowserTest extends BrowserTest {

    private static final String SDK_TITLE =
            "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)";

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffUploadAndLinkANoticeAndVisitorsFindItOnThePublicTenderPage(@TempDir Path dir) throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String word = PublicEntries.uniqueWord();
        String title = "Drift af it-systemer " + word;
        int year = PublicEntries.nextYear();
        String reference = PublicEntries.uniqueReference("NB");
        procurements.createDraft(
                reference, PublicEntries.simple("It-drift " + word, "72230000", ExpectedPeriod.ofQuarter(year, 2)));
        procurements.publish(reference);
        String cvr = jdbc.sql("SELECT cvr FROM municipality WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (cvr == null) {
            cvr = "29189919";
            jdbc.sql("UPDATE municipality SET cvr = :cvr WHERE id = 1")
                    .param("cvr", cvr)
                    .update();
        }
        Path file = dir.resolve("udbud.xml");
        Files.writeString(file, notice(cvr, title, year), StandardCharsets.UTF_8);

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/udbud");
        awaitText(By.tagName("h1"), "Udbudsmeddelelser");
        checkPage("tendernews-notices-1-list");
        driver.findElement(By.linkText("Indlæs en meddelelse")).click();
        awaitText(By.tagName("h1"), "Indlæs en meddelelse");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Vis forhåndsvisning']"))
                .click();
        awaitText(By.id("preview"), "Intet er gemt endnu");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);
        checkPage("tendernews-notices-2-preview");
        assertActionsLevel();
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem meddelelsen']"))
                .click();
        awaitText(By.id("saved"), "Meddelelsen er gemt.");
        assertThat(driver.findElement(By.id("suggestions")).getText()).contains(reference);
        checkPage("tendernews-notices-3-notice");
        // the suggestions on a phone: a short caption on one line over the table, the criteria in a paragraph that
        // wraps with the page
        resizeWindow(390, 844);
        driver.executeScript("document.getElementById('suggestions-hint').scrollIntoView()");
        WebElement caption = driver.findElement(By.cssSelector("#suggestions caption"));
        assertThat(caption.getText()).isEqualTo("Foreslåede indkøb");
        assertThat(caption.getSize().getHeight()).isLessThan(40);
        assertThat(driver.findElement(By.id("suggestions-hint")).getSize().getWidth())
                .isLessThanOrEqualTo(390);
        screenshot("tendernews-notices-3b-suggestions-390");
        resizeWindow(1280, 1024);

        driver.findElement(By.cssSelector("#suggestions button[aria-label='Knyt til " + reference + "']"))
                .click();
        awaitText(By.id("saved"), "Meddelelsen er knyttet til indkøbet.");
        assertThat(driver.findElement(By.id("linked")).getText()).contains(reference, "Udbud offentliggjort");
        checkPage("tendernews-notices-4-linked");
        open("/intern/udbud/nyhedsliste");
        awaitText(By.tagName("h1"), "Udbudsnyhedslisten");
        checkPage("tendernews-notices-4b-list-staff");
        logOut();
        // the buyers shown on the public page are the administrator's
        loginAs("admin@demo.samspil.dk", "demo-admin-2026");
        open("/intern/udbud");
        driver.findElement(By.linkText("Ordregivere på udbudssiden")).click();
        awaitText(By.tagName("h1"), "Ordregivere");
        checkPage("tendernews-notices-4c-buyers");
        logOut();

        open("/udbud");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        driver.findElement(By.id("q")).sendKeys("it-systemerne " + word);
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Søg']"))
                .click();
        awaitText(By.id("notices"), title);
        checkPage("tendernews-notices-5-public");
        driver.findElement(By.linkText("Se indkøbet " + reference + " i den kommende indkøbsplan"))
                .click();
        awaitText(By.id("tender-notices"), "Frist for tilbud");
        assertThat(driver.findElement(By.id("tender-notices")).getText()).contains("04.02.2020 09:00");
        checkPage("tendernews-notices-6-entry");

        open("/udbud");
        driver.findElement(By.linkText("Få nye udbud på mail")).click();
        awaitText(By.tagName("h1"), "Nyheder om udbud");
        driver.findElement(By.id("cpvCodes")).sendKeys("12");
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Tilmeld']"))
                .click();
        awaitText(By.cssSelector(".alert-error"), "Skriv en gyldig e-mailadresse");
        checkPage("tendernews-notices-7-signup-errors");
    }

    private static String notice(String cvr, String title, int year) throws IOException {
        try (InputStream in =
                NoticesBrowserTest.class.getResourceAsStream("/eforms-sdk/examples/notices/cn_24_minimal.xml")) {
            String xml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace(
                            "f42be27e-09cf-4f0e-a745-63ec689631e6",
                            UUID.randomUUID().toString())
                    .replace(
                            "4805c409-5939-4be9-8abd-837f7a5fee23",
                            UUID.randomUUID().toString())
                    .replace("<cbc:CompanyID>EU-PO</cbc:CompanyID>", "<cbc:CompanyID>DK" + cvr + "</cbc:CompanyID>")
                    .replace(
                            "<cbc:IssueDate>2019-11-21+01:00</cbc:IssueDate>",
                            "<cbc:IssueDate>" + year + "-04-15+02:00</cbc:IssueDate>")
                    .replace(SDK_TITLE, title);
        }
    }
}
