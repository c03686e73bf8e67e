package dk.samspil.agreement.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import dk.samspil.support.Http;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Management opens the annual wheel from the start page, adds an item and finds it both as a mark on the wheel and as a
 * row of its twin table; the mark is reached with the Tab key and leads to its row. Every page is axe-core clean (the
 * SVG included) and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class WheelBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void managementAddsAnItemAndFindsItOnTheWheelAndInItsTable() {
        String title = "Midtvejsevaluering " + UUID.randomUUID().toString().substring(0, 6);
        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen"))).getYear() + 1;

        loginAs("management@demo.samspil.dk", "demo-management-2026");
        open("/intern");
        assertThat(driver.findElement(By.id("start-agreement-wheel")).getText()).isEqualTo("Næste i årshjulet");
        driver.findElement(By.linkText("Se årshjulet")).click();
        awaitText(By.tagName("h1"), "Årshjul");
        checkPage("agreement-wheel-this-year");

        driver.findElement(By.linkText("Tilføj et punkt")).click();
        awaitText(By.tagName("h1"), "Tilføj et punkt til årshjulet");
        // a rule the wheel cannot draw: refused on the form, in Danish
        driver.findElement(By.id("title")).sendKeys(title);
        setValue("startsOn", year + "-06-20");
        driver.findElement(By.id("rrule")).sendKeys("FREQ=HOURLY");
        driver.findElement(By.xpath("//button[contains(., 'Tilføj punktet')]")).click();
        awaitText(By.id("error-summary"), "Årshjulet kan ikke tegne FREQ=HOURLY");
        checkPage("agreement-wheel-form-error");

        driver.findElement(By.id("rrule")).clear();
        driver.findElement(By.id("description")).sendKeys("Halvvejs i aftaleperioden: hvad virker, hvad skal ændres?");
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("Andet");
        Select owner = new Select(driver.findElement(By.id("ownerId")));
        owner.selectByIndex(1);
        String ownerName = owner.getFirstSelectedOption().getText();
        driver.findElement(By.id("reminderDays")).sendKeys("14");
        driver.findElement(By.xpath("//button[contains(., 'Tilføj punktet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Punktet er tilføjet årshjulet.");
        awaitText(By.tagName("h1"), "Årshjul " + year);

        // the twin table has the row, the wheel a mark with the same text alternative
        WebElement row = driver.findElements(By.cssSelector("#wheel-table tbody tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title));
        assertThat(row.getText()).contains("20. juni " + year, "Andet", "14 dage før");
        String label = "20. juni " + year + ": " + title + " (Andet)";
        assertThat(driver.findElements(By.cssSelector("#wheel a.wheel-mark")).stream()
                        .map(mark -> mark.getDomAttribute("aria-label"))
                        .toList())
                .contains(label);
        checkPage("agreement-wheel-next-year");

        // by keyboard: Tab reaches the marks, and the mark leads to its row of the table
        open("/intern/aarshjul?aar=" + year);
        awaitText(By.tagName("h1"), "Årshjul " + year);
        WebElement firstMark =
                tabTo("a mark of the wheel", element -> "wheel-mark".equals(element.getDomAttribute("class")));
        assertThat(firstMark.getDomAttribute("aria-label")).contains(String.valueOf(year));
        WebElement ours = label.equals(firstMark.getDomAttribute("aria-label"))
                ? firstMark
                : tabTo("the new item's mark", element -> label.equals(element.getDomAttribute("aria-label")));
        String target = ours.getDomAttribute("href");
        ours.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(page -> page.getCurrentUrl().endsWith(target));
        assertThat(driver.findElement(By.id(target.substring(1))).getText()).contains(title);

        // the item's form shows it as saved; it becomes a yearly item, then is deleted
        driver.findElement(By.xpath("//tr[contains(., '" + title + "')]//a[contains(@href, '/rediger')]"))
                .click();
        awaitText(By.tagName("h1"), "Ret punktet i årshjulet");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
        assertThat(new Select(driver.findElement(By.id("ownerId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(ownerName);
        assertThat(driver.findElement(By.id("reminderDays")).getDomProperty("value"))
                .isEqualTo("14");
        checkPage("agreement-wheel-edit");
        driver.findElement(By.id("rrule")).sendKeys("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20");
        driver.findElement(By.xpath("//button[contains(., 'Gem punktet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Punktet er gemt.");
        assertThat(driver.findElements(By.cssSelector("#wheel-table tbody tr")).stream()
                        .filter(r -> r.getText().contains(title))
                        .findFirst()
                        .orElseThrow()
                        .getText())
                .contains("Hvert år, i juni, den 20.", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20");
        driver.findElement(By.xpath("//tr[contains(., '" + title + "')]//a[contains(@href, '/rediger')]"))
                .click();
        awaitText(By.tagName("h1"), "Ret punktet i årshjulet");
        driver.findElement(By.xpath("//button[contains(., 'Slet punktet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Punktet er slettet fra årshjulet.");
        assertThat(driver.findElement(By.id("main-content")).getText()).doesNotContain(title);
        logOut();
    }

    /**
     * A consultant makes a personal calendar link, sees its address once, and revokes it: the feed then answers 410
     * Gone to the link. The page with the list of links is axe-core clean and photographed.
     */
    @Test
    void aConsultantMakesACalendarLinkAndRevokesIt() {
        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/aarshjul");
        awaitText(By.id("wheel-feeds"), "Abonnér i din kalender");
        driver.findElement(By.xpath("//button[contains(., 'Lav et nyt kalenderlink')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Dit nye kalenderlink er lavet.");
        String address = driver.findElement(By.id("wheel-feed")).getDomAttribute("href");
        String path = address.substring(address.indexOf("/intern/aarshjul.ics"));
        String hint = path.substring(path.length() - 6);
        assertThat(driver.findElement(By.id("feed-links")).getText()).contains("Linket, der slutter på …" + hint);
        checkPage("agreement-wheel-feed-links");
        for (int width : new int[] {390, 1280}) {
            resizeWindow(width, width == 390 ? 844 : 1024);
            driver.executeScript("document.getElementById('wheel-feeds').scrollIntoView()");
            screenshot("agreement-wheel-feed-links-section-" + width);
        }
        Http http = new Http(port);
        assertThat(http.get(path).statusCode()).isEqualTo(200);

        driver.findElement(By.cssSelector("button[aria-label='Tilbagekald linket, der slutter på " + hint + "']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Linket er tilbagekaldt.");
        assertThat(driver.findElement(By.id("wheel-feeds"))
                        .findElement(By.xpath(".."))
                        .getText())
                .doesNotContain("…" + hint);
        assertThat(driver.findElements(By.id("wheel-feed"))).isEmpty();
        assertThat(http.get(path).statusCode()).isEqualTo(410);
        logOut();
    }

    private void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
