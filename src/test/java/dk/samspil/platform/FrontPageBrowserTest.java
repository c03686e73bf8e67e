package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The front page on a phone (390 px) and a desktop (1280 px), with the demo data: its search box submits into the
 * list, its cards are links over their whole area, it passes axe-core and never scrolls sideways.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class FrontPageBrowserTest extends BrowserTest {

    private static final int HEIGHT = 900;

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theFrontPageIsAServiceAtEveryWidth(int width) {
        resizeWindow(width, HEIGHT);
        open("/");
        fullPageScreenshot("front-page-" + width, width);
        assertThat(driver.findElement(By.cssSelector(".samspil-front-facts")).getText())
                .matches("\\d+ kommende indkøb til en anslået værdi af .+ kr\\.");
        assertThat(driver.findElement(By.cssSelector("a[href='/varsling'].button"))
                        .isDisplayed())
                .isTrue();
        assertThat(sidewaysOverflow()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
        assertAccessible();

        // A card is one link: a click anywhere on it, not only on its title, opens the entry.
        WebElement card = driver.findElement(By.cssSelector("#front-newest-heading + ul .samspil-card"));
        String target =
                card.findElement(By.cssSelector(".samspil-card-title a")).getDomAttribute("href");
        new Actions(driver)
                .moveToElement(card.findElement(By.cssSelector(".samspil-card-facts")))
                .click()
                .perform();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(target));

        // The search box leads straight into the list with the visitor's words.
        open("/");
        WebElement search = driver.findElement(By.id("front-q"));
        search.sendKeys("rengøring");
        search.submit();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/kommende-indkob?q="));
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("rengøring");
        assertThat(driver.findElements(By.cssSelector("article.samspil-result")))
                .isNotEmpty();
    }

    /** The whole page at this width, for looking at it. */
    private void fullPageScreenshot(String name, int width) {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        resizeWindow(width, (int) Math.min(height + 100, 6000));
        screenshot(name);
        resizeWindow(width, HEIGHT);
    }
}
