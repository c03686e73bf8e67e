package dk.samspil.pipeline.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A procurement officer uploads a plan with one bad row: the preview names the error, importing everything is not
 * offered, importing the valid rows stores exactly those as drafts. The import pages are axe-clean.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class PlanImportBrowserTest extends BrowserTest {

    @Autowired
    PlanFileFormat format;

    @Autowired
    ProcurementService procurements;

    @Test
    void officerPreviewsAndImportsTheValidRows() throws Exception {
        String good = PlanFiles.reference();
        String bad = PlanFiles.reference();
        byte[] csv = new PlanFiles(format)
                .row(PlanFiles.procurement(good))
                .row(PlanFiles.procurement(bad))
                .with(PlanColumn.MAIN_CPV, "99999999")
                .csv();
        Path file = Files.createTempFile("indkoebsplan", ".csv");
        Files.write(file, csv);

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/indkoeb/import");
        assertAccessible();

        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"))
                .click();

        String preview = awaitText(By.tagName("main"), bad).getText();
        assertThat(preview).contains(good, bad, "99999999");
        assertThat(driver.findElements(By.cssSelector("button[name=mode][value=all]")))
                .isEmpty();
        assertAccessible();

        driver.findElement(By.cssSelector("button[name=mode][value=valid]")).click();
        assertThat(awaitText(By.cssSelector(".alert-success"), "importeret som kladder")
                        .getText())
                .startsWith("1 ");
        assertAccessible();

        assertThat(procurements.find(good))
                .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(ProcurementStatus.DRAFT));
        assertThat(procurements.find(bad)).isEmpty();
        Files.deleteIfExists(file);
    }
}
