package dk.samspil.companies;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.DanishFormats;
import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A consultant searches the register in Danish, narrows it with filters, saves the result as a segment, finds the
 * export links, opens the segment again, tags a company and logs a visit with a follow-up for themselves, then finds
 * it on "Mine opfølgninger" from the start page and marks it done with the keyboard. Every page is axe-clean and
 * photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class CompanySearchBrowserTest extends BrowserTest {

    @Test
    void searchFilterSaveASegmentAndFollowUpAVisit() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String segment = "Maskinindustri " + UUID.randomUUID().toString().substring(0, 6);
        String task = "Send oversigt over lærlingeforløb "
                + UUID.randomUUID().toString().substring(0, 6);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/intern"));
        driver.findElement(By.cssSelector("main a[href='/intern/virksomheder']"))
                .click();
        awaitText(By.tagName("h1"), "Virksomheder");

        // a Danish inflection, and the filters with the keyboard
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("maskiner");
        assertThat(driver.findElement(By.id("industry")).isDisplayed())
                .as("the filters start folded")
                .isFalse();
        tabTo("the filters' summary", element -> element.getTagName().equals("summary"))
                .sendKeys(Keys.ENTER);
        tabTo("the industry filter", element -> "industry".equals(element.getAttribute("id")))
                .sendKeys("28");
        driver.findElement(By.id("municipalityCode")).sendKeys("330");
        driver.findElement(By.id("municipalityCode")).sendKeys(Keys.ENTER);
        awaitText(By.tagName("main"), "Vestsjællands Maskinfabrik A/S");
        assertThat(driver.findElement(By.id("resultater")).getText()).isEqualTo("1 virksomhed");
        WebElement csv = driver.findElement(By.linkText("CSV"));
        assertThat(csv.getAttribute("href"))
                .contains("/intern/virksomheder/eksport?q=maskiner&industry=28", "municipalityCode=330", "format=CSV");
        checkPage("company-search-1-filtered");

        // a bad filter is explained, the list is not shown
        driver.findElement(By.id("visitedMonths")).sendKeys("500");
        driver.findElement(By.cssSelector("main form[role=search] button[type=submit]"))
                .click();
        awaitText(By.cssSelector(".alert-error"), "Skriv et helt antal måneder fra 1 til 120.");
        checkPage("company-search-2-bad-filter");
        driver.findElement(By.id("visitedMonths")).clear();
        driver.findElement(By.cssSelector("main form[role=search] button[type=submit]"))
                .click();
        awaitText(By.id("resultater"), "1 virksomhed");

        // saved as a segment, reached by the keyboard
        tabTo("the segment name", element -> "name".equals(element.getAttribute("id")))
                .sendKeys(segment + Keys.ENTER);
        awaitText(By.cssSelector(".alert-success"), "Segmentet er gemt.");
        WebElement row = driver.findElement(By.xpath("//main//tr[td/a[normalize-space()='" + segment + "']]"));
        assertThat(row.getText()).contains("1", "Excel", "CSV");
        assertThat(row.findElement(By.linkText("Excel")).getAttribute("href")).contains("/eksport?format=XLSX");
        checkPage("company-search-3-segments");
        row.findElement(By.linkText(segment)).click();
        awaitText(By.id("resultater"), "1 virksomhed");
        assertThat(driver.findElement(By.id("industry")).getAttribute("value")).isEqualTo("28");

        // a tag and a visit with a follow-up for the consultant, due today
        driver.findElement(By.linkText("Vestsjællands Maskinfabrik A/S")).click();
        awaitText(By.tagName("h1"), "Vestsjællands Maskinfabrik A/S");
        driver.findElement(By.xpath("//main//summary[normalize-space()='Ret mærker']"))
                .click();
        WebElement tags = driver.findElement(By.id("tags-input"));
        tags.clear();
        tags.sendKeys("Eksport, automatisering" + Keys.ENTER);
        awaitText(By.cssSelector(".alert-success"), "Mærkerne er gemt.");
        driver.findElement(By.id("title")).sendKeys("Besøg om automatisering");
        driver.findElement(By.id("notes")).sendKeys("Vil automatisere svejsningen.");
        driver.findElement(By.id("participants")).sendKeys("Bente Bøgh\nKarl Kristensen");
        driver.findElement(By.id("followUps0.task")).sendKeys(task);
        new Select(driver.findElement(By.id("followUps0.owner"))).selectByValue("consultant@demo.samspil.dk");
        String today = LocalDate.now(DanishFormats.ZONE).toString();
        driver.executeScript("document.getElementById('followUps0.dueDate').value = arguments[0]", today);
        driver.findElement(By.xpath("//main//form//button[normalize-space()='Gem']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Noten er gemt.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("eksport", "automatisering", "Bente Bøgh, Karl Kristensen", task);
        checkPage("company-search-4-company");

        // the form for a company not in CVR: its save button stands level with its cancel link
        open("/intern/virksomheder/ny");
        awaitText(By.cssSelector("main form a.button"), "Annuller");
        checkPage("company-search-4b-new-company");
        assertActionsLevel();

        // the list finds the company by its tag and by its note's title
        open("/intern/virksomheder?q=automatiseringen");
        awaitText(By.tagName("main"), "Vestsjællands Maskinfabrik A/S");

        // the follow-up from the start page, done with the keyboard
        open("/intern");
        awaitText(By.tagName("main"), "Åbne opfølgninger");
        driver.findElement(By.cssSelector("main a[href='/intern/opfoelgninger']"))
                .click();
        awaitText(By.tagName("h1"), "Mine opfølgninger");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(task, "I dag");
        checkPage("company-search-5-follow-ups");
        WebElement done = tabTo(
                "the done button",
                element -> String.valueOf(element.getAttribute("aria-label")).equals("Markér " + task + " som udført"));
        done.sendKeys(Keys.ENTER);
        awaitText(By.cssSelector(".alert-success"), "Opfølgningen er markeret som udført.");
        assertThat(driver.findElements(By.cssSelector("main table")))
                .noneMatch(table -> table.getText().contains(task));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Udført de sidste 30 dage");
    }
}
