package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The pages anyone can reach, in a real browser: WCAG 2.1 AA by axe-core, structure, styling and keyboard. */
class PublicPagesBrowserTest extends BrowserTest {

    /** A missing file under a public path: anonymous users get the 404 page, not the login page. */
    private static final String MISSING_PAGE = "/css/findes-ikke.css";
    /** An address no route serves (the list is spelled with o): the 404 page too. */
    private static final String MISTYPED_ADDRESS = "/kommende-indk%C3%B8b";

    @Autowired
    MessageSource messages;

    /** The heading's message key tells the page apart from an error page; the login page's belongs to identity. */
    @ParameterizedTest
    @CsvSource({
        "/, home.heading",
        "/tilgaengelighed, accessibility.heading",
        "/privatliv, privacy.heading",
        "/login,",
        MISSING_PAGE + ", error.404.heading",
        MISTYPED_ADDRESS + ", error.404.heading"
    })
    void pageIsAccessibleDanishAndStyled(String path, String headingKey) {
        open(path);

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
        if (headingKey != null) {
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo(messages.getMessage(headingKey, null, DanishFormats.DANISH));
        }
        assertThat(driver.executeScript("""
                return Array.from(document.styleSheets)
                    .some(sheet => sheet.href && sheet.href.includes('dkfds-virkdk') && sheet.cssRules.length > 0)""")).isEqualTo(true);
        assertThat(driver.executeScript("return getComputedStyle(document.body).fontFamily"))
                .asString()
                .contains("IBM Plex Sans");
        assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tilgaengelighed", MISSING_PAGE})
    void skipLinkIsTheFirstStopAndMovesFocusToTheContent(String path) {
        open(path);

        pressTab();
        assertThat(focused().getAttribute("class")).contains("skipnav");
        assertThat(focused().getAttribute("href")).endsWith("#main-content");

        focused().sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("main-content");
    }

    /** The page not found points on to the upcoming purchases, with a search that works on a phone and a desktop. */
    @Test
    void aLostVisitorCanSearchTheUpcomingPurchasesFromThePageNotFound() {
        try {
            for (int width : new int[] {390, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                open(MISTYPED_ADDRESS);
                assertThat(driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo(messages.getMessage("error.404.heading", null, DanishFormats.DANISH));
                assertThat(driver.findElement(By.linkText(
                                        messages.getMessage("nav.pipeline.public", null, DanishFormats.DANISH)))
                                .isDisplayed())
                        .isTrue();
                assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("no horizontal scroll at %d px", width)
                        .isEqualTo(true);
                screenshot("page-not-found-" + width);
                assertAccessible();
            }

            WebElement search = driver.findElement(By.cssSelector("form[role='search'] input[type='search']"));
            assertThat(driver.findElement(By.cssSelector("label[for='" + search.getDomAttribute("id") + "']"))
                            .getText())
                    .isEqualTo(messages.getMessage("pipeline.public.search.label", null, DanishFormats.DANISH));
            search.sendKeys("tagrenovering", Keys.ENTER);
            awaitText(By.tagName("h1"), messages.getMessage("pipeline.public.title", null, DanishFormats.DANISH));
            assertThat(driver.getCurrentUrl()).endsWith("/kommende-indkob?q=tagrenovering");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void languageCanBeSwitchedToEnglishAndBack() {
        try {
            open("/?lang=en");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo(messages.getMessage("home.heading", null, Locale.ENGLISH));
            assertAccessible();

            open("/tilgaengelighed");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .as("the choice is remembered")
                    .isEqualTo("en");
        } finally {
            open("/?lang=da");
        }
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
    }

    /** DKFDS.init() sets up the header for the whole page; samspil.js runs it again only on the swapped content. */
    @Test
    void contentSwappedInByHtmxLeavesTheHeaderAlone() {
        open("/varsling");
        By moreMenus = By.cssSelector(".navigation-menu .more-option");
        assertThat(driver.findElements(moreMenus)).hasSize(1);

        driver.findElement(By.id("cpvCodes")).sendKeys("tag");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> !page.findElements(By.cssSelector(".samspil-cpv-suggestions *"))
                        .isEmpty());

        assertThat(driver.findElements(moreMenus)).hasSize(1);
    }
}
