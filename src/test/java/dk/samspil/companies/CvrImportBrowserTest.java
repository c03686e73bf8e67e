package dk.samspil.companies;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * An administrator goes from the start page to the CVR import, uploads the fixture, reads the preview and confirms:
 * the companies are created. The same file again is all unchanged and writes nothing; a file with one moved address
 * changes only that company; undoing that import puts the address back. Every page is axe-clean and photographed.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class CvrImportBrowserTest extends BrowserTest {

    private static final List<String> FIXTURE_CVRS = List.of("20680598", "95931219", "73880890");

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM company WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
        jdbc.sql("DELETE FROM company_import_change WHERE cvr IN (:cvrs)")
                .param("cvrs", FIXTURE_CVRS)
                .update();
    }

    private Map<String, Object> company(String cvr) {
        return jdbc.sql("SELECT * FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query()
                .singleRow();
    }

    private void uploadAndConfirm(Path file, String expectedSummary, String screenshot) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        awaitText(By.id("summary"), expectedSummary);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Intet er gemt endnu");
        if (screenshot != null) {
            checkPage(screenshot);
        }
        driver.findElement(By.cssSelector("button[name=mode][value=all]")).click();
        awaitText(By.cssSelector(".alert-success"), "Importen er gennemført");
    }

    @Test
    void anAdministratorImportsTheFixtureReimportsItUnchangedMovesOneAddressAndUndoesThat() throws Exception {
        Path fixture = Path.of("src/test/resources/cvr/soegesvar.json");
        Path moved = Files.createTempFile("soegesvar-flyttet", ".json");
        Files.writeString(
                moved,
                Files.readString(fixture, StandardCharsets.UTF_8).replace("Bjergbygade", "Nørregade"),
                StandardCharsets.UTF_8);

        loginAs("admin@demo.samspil.dk", "demo-admin-2026");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern"));
        driver.findElement(By.cssSelector("main a[href='/intern/virksomheder/import']"))
                .click();
        awaitText(By.tagName("h1"), "Import fra CVR");
        checkPage("cvr-import-1-page");

        uploadAndConfirm(fixture, "har 3 nye, 0 ændrede, 0 uændrede og 0 afviste", "cvr-import-2-preview");
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .contains("3 nye, 0 ændrede, 0 uændrede og 0 afviste");
        checkPage("cvr-import-3-done");
        assertThat(company("20680598")).containsEntry("address", "Bjergbygade 21B");
        Timestamp cafe = (Timestamp) company("95931219").get("updated_at");
        Timestamp solar = (Timestamp) company("73880890").get("updated_at");
        Timestamp vvs = (Timestamp) company("20680598").get("updated_at");

        uploadAndConfirm(fixture, "har 0 nye, 0 ændrede, 3 uændrede og 0 afviste", null);
        assertThat(company("20680598").get("updated_at")).isEqualTo(vvs);

        driver.findElement(By.id("file")).sendKeys(moved.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        awaitText(By.id("summary"), "har 0 nye, 1 ændrede, 2 uændrede og 0 afviste");
        assertThat(driver.findElement(By.id("changed")).getText()).isEqualTo("Ændrede (1)");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("20680598", "Adresse");
        checkPage("cvr-import-4-changed-preview");
        driver.findElement(By.cssSelector("button[name=mode][value=all]")).click();
        awaitText(By.cssSelector(".alert-success"), "0 nye, 1 ændrede, 2 uændrede og 0 afviste");
        assertThat(company("20680598")).containsEntry("address", "Nørregade 21B");
        assertThat(company("95931219").get("updated_at")).isEqualTo(cafe);
        assertThat(company("73880890").get("updated_at")).isEqualTo(solar);

        // the newest import is listed first; undo it by keyboard
        tabTo(
                        "the newest import's undo button",
                        element -> "button".equals(element.getTagName())
                                && element.getText().equals("Fortryd"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        awaitText(By.cssSelector(".alert-success"), "Importen er fortrudt");
        checkPage("cvr-import-5-undone");
        assertThat(company("20680598")).containsEntry("address", "Bjergbygade 21B");
        assertThat(driver.findElement(By.tagName("tbody")).getText()).contains("Fortrudt");

        // a file with a broken line and a wrong check digit: the preview names both lines, only the valid ones may go
        // in
        driver.findElement(By.id("file"))
                .sendKeys(Path.of("src/test/resources/cvr/linjer-med-fejl.jsonl")
                        .toAbsolutePath()
                        .toString());
        driver.findElement(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        awaitText(By.id("summary"), "2 afviste");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Linjen er ikke gyldig JSON", "Kontrolcifferet passer ikke");
        assertThat(driver.findElements(By.cssSelector("button[name=mode][value=all]")))
                .isEmpty();
        checkPage("cvr-import-6-refused-preview");
        Files.deleteIfExists(moved);
    }
}
