package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor on a phone (390 px), at 200 % zoom (320 px) and on a desktop (1280 px): the design system's header shows
 * a menu button below 992 px whose drawer holds the whole navigation and "Log ind"; every public page is free of
 * axe-core violations at both widths and never scrolls sideways at 320 px (WCAG 1.4.10).
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class EveryWidthBrowserTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    private static final int ZOOMED = 320;
    private static final int HEIGHT = 900;

    /** Each public section's menu entry and the heading of the page it leads to (message keys). */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("nav.home", "home.heading");
        SECTIONS.put("nav.pipeline.public", "pipeline.public.title");
        SECTIONS.put("nav.alerts", "alerts.subscribe.title");
        SECTIONS.put("nav.newsletter", "newsletter.signup.title");
        SECTIONS.put("nav.events.public", "engagement.events.public.title");
        SECTIONS.put("nav.opi", "engagement.opi.title");
        SECTIONS.put("nav.talent", "talent.search.title");
        SECTIONS.put("nav.networks", "networks.public.title");
        SECTIONS.put("nav.tendernews", "tendernews.public.title");
        SECTIONS.put("nav.inquiry.public", "inquiries.public.title");
    }

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void everyPublicSectionIsReachedFromTheFrontPageByTheMenu(int width) {
        resizeWindow(width, HEIGHT);
        open("/");
        assertThat(visibleMenu(width).findElements(By.cssSelector("a.nav-link")))
                .as("the menu of a visitor")
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(
                        SECTIONS.keySet().stream().map(this::text).toList());

        SECTIONS.forEach((entry, heading) -> {
            open("/");
            visibleMenu(width).findElement(By.linkText(text(entry))).click();
            awaitHeading(text(heading));
            assertThat(visibleMenu(width)
                            .findElement(By.cssSelector("[aria-current=page]"))
                            .getText())
                    .as("the menu marks the current section")
                    .isEqualTo(text(entry));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void logInIsReachedAtEveryWidth(int width) {
        resizeWindow(width, HEIGHT);
        open("/");
        By login =
                width < 992 ? By.cssSelector(".mobile-drawer .portal-info-mobile a") : By.cssSelector(".portal-user a");
        if (width < 992) {
            assertThat(driver.findElement(By.cssSelector(".portal-user")).isDisplayed())
                    .isFalse();
            openMenu();
        } else {
            assertThat(driver.findElement(By.cssSelector(".button-menu-open")).isDisplayed())
                    .isFalse();
        }
        WebElement link = driver.findElement(login);
        assertThat(link.getText()).isEqualTo(text("layout.login"));
        link.click();
        awaitHeading(text("identity.login.title"));
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void everyPublicPageIsAccessibleAtEveryWidth(int width) {
        List<String> pages = publicPages();
        resizeWindow(width, HEIGHT);
        for (String page : pages) {
            open(page);
            assertThat(driver.findElements(By.tagName("h1"))).as(page).hasSize(1);
            assertAccessible();
            screenshot("width-" + width + page.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    @Test
    void noPublicPageScrollsSidewaysAt320Pixels() {
        List<String> pages = publicPages();
        resizeWindow(ZOOMED, HEIGHT);
        List<String> scrolling = new ArrayList<>();
        for (String page : pages) {
            open(page);
            long overflow = sidewaysOverflow();
            if (overflow > 0) {
                scrolling.add(page + " is " + overflow + " px too wide");
                screenshot("scrolls-sideways-" + page.replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(scrolling).as("pages wider than the screen").isEmpty();
    }

    @Test
    void aWideTableScrollsInItsOwnBoxWithACueAndByKeyboard() {
        String detail = firstEntry();
        resizeWindow(ZOOMED, HEIGHT);
        open(detail);
        WebElement box = driver.findElement(By.cssSelector(".table--responsive-scroll"));

        assertThat(box.getAttribute("class")).contains("is-scrollable");
        assertThat(box.getAttribute("tabindex")).isEqualTo("0");
        assertThat(box.getAttribute("aria-label"))
                .isEqualTo(box.findElement(By.tagName("caption"))
                        .getAttribute("textContent")
                        .strip());
        WebElement hint = box.findElement(By.xpath("preceding-sibling::*[1]"));
        assertThat(hint.getText()).isEqualTo(text("layout.table.scroll"));
        assertThat(hint.isDisplayed()).isTrue();

        driver.executeScript("arguments[0].focus()", box);
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(page -> ((Number) driver.executeScript("return arguments[0].scrollLeft", box)).intValue() > 0);
    }

    @Test
    void keyboardReachesTheMenuButtonAndTheDrawerTrapsFocusUntilEscape() {
        resizeWindow(PHONE, HEIGHT);
        open("/");
        pressTab();
        assertThat(focused().getAttribute("class")).contains("skipnav");
        pressTab();
        assertThat(focused().getAttribute("class"))
                .as("the municipality's name, a link to the front page")
                .contains("samspil-brand");
        pressTab();
        WebElement menuButton = focused();
        assertThat(menuButton.getAttribute("class")).contains("button-menu-open");
        assertThat(menuButton.getAttribute("aria-haspopup")).isEqualTo("dialog");
        assertThat(menuButton.getText()).isEqualTo(text("layout.menu"));

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebElement drawer = awaitDrawer();
        assertThat(drawer.getAttribute("role")).isEqualTo("dialog");
        assertThat(focused().getAttribute("class"))
                .as("focus moves into the drawer")
                .contains("button-menu-close");
        assertAccessible();
        screenshot("width-" + PHONE + "-menu");

        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(focused().getText())
                .as("Shift+Tab from the first stop wraps to the last")
                .isEqualTo(text("layout.login"));
        pressTab();
        assertThat(focused().getAttribute("class"))
                .as("Tab from the last stop wraps to the first")
                .contains("button-menu-close");
        pressTab();
        assertThat(focused().getText()).isEqualTo(text("nav.home"));

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(drawer));
        assertThat(focused()).as("focus returns to the menu button").isEqualTo(menuButton);

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitDrawer();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(drawer));
        assertThat(focused()).as("the close button closes it too").isEqualTo(menuButton);
    }

    /**
     * The public pages, with a detail page of the demo data's first entry, the first demo event (the demo events are
     * created a little after start-up, when the demo entries exist) and the form for an OPI idea.
     */
    private List<String> publicPages() {
        String detail = firstEntry();
        String event = Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> {
                            open("/arrangementer");
                            return driver.findElements(By.cssSelector("main h3 a[href^='/arrangementer/']")).stream()
                                    .findFirst()
                                    .map(this::path)
                                    .orElse(null);
                        },
                        path -> path != null);
        open("/opi");
        String idea = path(driver.findElement(By.cssSelector("main a[href^='/opi/ideer/ny']")));
        return List.of(
                "/",
                "/kommende-indkob",
                detail,
                "/kommende-indkob/tidslinje",
                "/varsling",
                "/varsling/cpv",
                "/varsling/link",
                "/nyhedsbrev",
                "/nyhedsbrev/arkiv",
                "/nyhedsbrev/link",
                "/arrangementer",
                event,
                "/opi",
                idea,
                "/studiejob",
                "/tilgaengelighed",
                "/privatliv",
                "/login");
    }

    private String firstEntry() {
        open("/kommende-indkob");
        return path(driver.findElement(By.cssSelector(".samspil-result-title a")));
    }

    private String path(WebElement link) {
        return link.getDomAttribute("href");
    }

    /** The navigation a user sees at this width: the header's bar, or the drawer behind the menu button. */
    private WebElement visibleMenu(int width) {
        if (width >= 992) {
            return driver.findElement(By.cssSelector(".navigation-menu nav"));
        }
        openMenu();
        return driver.findElement(By.cssSelector(".mobile-drawer nav"));
    }

    private void openMenu() {
        WebElement button = driver.findElement(By.cssSelector(".button-menu-open"));
        assertThat(button.isDisplayed()).as("the menu button").isTrue();
        if (!driver.findElement(By.cssSelector(".mobile-drawer")).isDisplayed()) {
            button.click();
        }
        awaitDrawer();
    }

    /** The open drawer, once it has slid in (links in it move until then). */
    private WebElement awaitDrawer() {
        WebElement drawer = driver.findElement(By.cssSelector(".mobile-drawer"));
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(page -> drawer.isDisplayed()
                        && (Boolean) driver.executeScript(
                                "return arguments[0].getAnimations().every(a => a.playState === 'finished')", drawer));
        return drawer;
    }

    private void awaitHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }
}
