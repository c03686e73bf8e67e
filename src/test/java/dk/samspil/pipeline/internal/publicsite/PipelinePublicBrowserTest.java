package dk.samspil.pipeline.internal.publicsite;

import static dk.samspil.pipeline.PublicEntries.details;
import static dk.samspil.pipeline.PublicEntries.dkk;
import static dk.samspil.pipeline.PublicEntries.nextYear;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "indkoeber@test.dk", roles = "PROCUREMENT")
class PipelinePublicBrowserTest extends BrowserTest {

    @Autowired
    ProcurementService service;

    @Test
    void listDetailAndTimelineAreAccessible() {
        String word = PublicEntries.uniqueWord();
        String reference = PublicEntries.uniqueReference("AXE");
        service.createDraft(
                reference,
                details(
                        "Tagrenoveringer på skoler " + word,
                        "Første afsnit.\n\nAndet afsnit.",
                        null,
                        "45261210",
                        EstimatedValue.exact(dkk(1_500_000)),
                        ProcurementProcedure.EU_TENDER,
                        ExpectedPeriod.ofQuarter(nextYear(), 2),
                        true,
                        true,
                        List.of(new Lot(1, "Skole nord", "45261210", dkk(700_000), true))));
        service.publish(reference);
        service.changeStatus(reference, ProcurementStatus.POSTPONED, "Afventer budget", null);

        open("/kommende-indkob");
        driver.findElement(By.id("q")).sendKeys("tagrenovering " + word);
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                .click();
        // the click starts a navigation; the URL is read once the search's page has loaded
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> page.getCurrentUrl().endsWith("/kommende-indkob?q=tagrenovering+" + word));
        assertThat(driver.findElement(By.cssSelector(".samspil-result-title a")).getText())
                .contains(word);
        // the search form's submit and reset stand in the shared actions row, level at both widths
        checkPage("pipeline-public-search");
        assertActionsLevel();

        driver.findElement(By.cssSelector(".samspil-result-title a")).click();
        assertThat(awaitText(By.tagName("h1"), word).getText()).isEqualTo("Tagrenoveringer på skoler " + word);
        assertThat(driver.getPageSource()).contains("Afventer budget");
        assertAccessible();

        open("/kommende-indkob/tidslinje");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(word);
        assertAccessible();
    }
}
