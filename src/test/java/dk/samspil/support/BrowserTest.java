package dk.samspil.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class for tests that drive the running application in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver} packages; {@code .ci/run} installs them). One browser per test class, with a fresh profile.
 * Without Chromium the build fails in CI and the tests are skipped, with the reason, elsewhere (see
 * {@link Prerequisite}).
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension WINDOW = new Dimension(1280, 1024);
    private static final String AXE_SCRIPT = "/axe/axe.min.js";
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(result => done(result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))}))))
                .catch(error => done('axe failed: ' + error));""";

    /** What a checkbox or radio looks like as the design system draws it: its label's ::before is the box. */
    private static final String STYLE_SHEETS_LOADED = """
            return document.readyState === 'complete'
                && Array.from(document.querySelectorAll('link[rel=stylesheet]')).every(link => link.sheet !== null);""";

    private static final String STYLE_SHEETS_MISSING = """
            return Array.from(document.querySelectorAll('link[rel=stylesheet]'))
                .filter(link => link.sheet === null).map(link => link.href).join(', ');""";

    private static final String STYLE_SHEET_RULES = """
            return Array.from(document.styleSheets).map(sheet => sheet.href + ' ' + sheet.cssRules.length).join(', ');""";

    private static final String UNDRAWN_CHOICES = """
            return Array.from(document.querySelectorAll('input[type=checkbox], input[type=radio]')).flatMap(input => {
                const label = input.nextElementSibling;
                const name = input.name + '=' + input.value;
                if (!input.classList.contains('form-checkbox') && !input.classList.contains('form-radio')) {
                    return [name + ': not a form-checkbox or form-radio'];
                }
                if (!label || label.tagName !== 'LABEL' || label.htmlFor !== input.id) {
                    return [name + ': its label does not follow it, so no box is drawn'];
                }
                const box = getComputedStyle(label, '::before');
                if (box.content === 'none' || box.borderStyle === 'none' || parseFloat(box.width) === 0) {
                    return [name + ': no box drawn'];
                }
                const mark = input.type === 'radio'
                    ? getComputedStyle(label, '::after').content !== 'none' : box.backgroundImage !== 'none';
                return mark === input.checked ? [] : [name + ': drawn ' + (mark ? 'ticked' : 'unticked')
                    + ' but ' + (input.checked ? 'ticked' : 'unticked')];
            });""";

    private static Path profile;
    private static boolean resized;

    /** The browser, for the checks the helpers here do not cover. */
    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    private static Prerequisite browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Prerequisite.check(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver; "
                        + ".ci/run does this)");
        if (!browser.present()) {
            return;
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("samspil-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=" + WINDOW.width + "," + WINDOW.height,
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // a headless window never has the system's focus; without this the page may not either, and a key press
        // right after a load can be lost (see pressTab)
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
    }

    @BeforeEach
    void requireBrowser() {
        browser.assume();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            profile = null;
        }
    }

    /**
     * The element once the page shows it with the given text: after a click that submits a form, the next page may
     * still be loading, and the old page may hold a similar element. An element found on the old page and read after
     * the new one replaced it is asked for again (Chromium reports that as a stale element or as "Node with given id
     * does not belong to the document", depending on timing).
     */
    protected WebElement awaitText(By locator, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(page -> {
                    WebElement element = page.findElement(locator);
                    return element.getText().contains(text) ? element : null;
                });
    }

    /** Loads a path of the application, e.g. {@code /tilgaengelighed?lang=en}, and waits for its style sheets. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
        awaitStyleSheets();
    }

    /**
     * Waits until the page has loaded and applied every style sheet it links to. A fresh browser's first navigation
     * can return before that (seen in CI: no checkbox on the first page had its box), and a sheet that never loads
     * fails here by name.
     */
    protected static void awaitStyleSheets() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(page -> Boolean.TRUE.equals(driver.executeScript(STYLE_SHEETS_LOADED)));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Style sheets not loaded on " + driver.getCurrentUrl() + ": "
                    + driver.executeScript(STYLE_SHEETS_MISSING));
        }
    }

    /** Logs in through the login form as a real user would, and waits until the login has gone through. */
    protected void loginAs(String email, String password) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.xpath("//input[@name='username']/ancestor::form//button[@type='submit']"))
                .click();
        // the next open() must not overtake the login's own redirect
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(page -> !page.getCurrentUrl().contains("/login"));
    }

    /**
     * Makes the browser window, and so the page's viewport, {@code width} × {@code height} CSS pixels (390 is a phone,
     * 320 a phone at 200 % zoom); the window gets its usual 1280 × 1024 back when the test ends.
     */
    protected void resizeWindow(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        resized = true;
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(page -> ((Number) driver.executeScript("return window.innerWidth")).intValue() == width);
    }

    @AfterEach
    void restoreWindowSize() {
        if (resized && driver != null) {
            driver.manage().window().setSize(WINDOW);
            resized = false;
        }
    }

    /** How far the page reaches beyond the window, in CSS pixels: above 0 it scrolls sideways (WCAG 1.4.10). */
    protected long sidewaysOverflow() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue();
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules on the current page and fails with every violation found, and with every
     * checkbox or radio the design system does not draw (which axe-core cannot see).
     */
    protected void assertAccessible() {
        assertChoicesDrawn();
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript(AXE_RUN);
        if (!(result instanceof List<?> violations)) {
            fail("axe-core did not run on " + driver.getCurrentUrl() + ": " + result);
            return;
        }
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(violation -> (Map<?, ?>) violation)
                    .map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
                            + ((List<?>) v.get("targets"))
                                    .stream().map(String::valueOf).collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n"));
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + report);
        }
    }

    /**
     * Fails unless every checkbox and radio on the page is drawn by the design system ({@code input.form-checkbox +
     * label}: the box is the label's ::before), with the state the control has. Anything between a control and its
     * label, such as the hidden input of Thymeleaf's {@code th:field}, leaves the control invisible.
     */
    protected void assertChoicesDrawn() {
        awaitStyleSheets();
        List<?> undrawn = (List<?>) driver.executeScript(UNDRAWN_CHOICES);
        if (!undrawn.isEmpty()) {
            fail("Checkboxes or radios not drawn on " + driver.getCurrentUrl() + ":\n- "
                    + undrawn.stream().map(String::valueOf).collect(Collectors.joining("\n- "))
                    + "\nStyle sheets (rules each): " + driver.executeScript(STYLE_SHEET_RULES));
        }
    }

    /**
     * The checks every page a test walks through gets: axe-core clean, no sideways scrolling on a phone (390 px), and
     * a photograph at 390 and 1280 px ({@code <name>-390.png}, {@code <name>-1280.png}) to look at.
     */
    protected void checkPage(String name) {
        assertAccessible();
        resizeWindow(390, 844);
        assertThat(sidewaysOverflow()).as("%s scrolls sideways at 390 px", name).isLessThanOrEqualTo(0);
        screenshot(name + "-390");
        resizeWindow(1280, 1024);
        screenshot(name + "-1280");
    }

    /**
     * Fails unless the page has a {@code .samspil-form-actions} row and, at 390 and 1280 px, every such row stands
     * level: buttons and links that share a line have the same top and height (no design-system margin pushing one
     * of them down), a wrapped one starts below the line before it, none reaches outside its row, and neither the row
     * nor the page scrolls sideways. Photographs the first row at each width ({@code actions-<path>-390.png},
     * {@code actions-<path>-1280.png}) to look at. Leaves the window at 1280 px.
     */
    protected void assertActionsLevel() {
        String check = """
                const problems = [];
                const rows = [...document.querySelectorAll('.samspil-form-actions')]
                    .filter(row => row.getClientRects().length > 0);
                for (const row of rows) {
                  const form = row.closest('form');
                  const name = form ? (form.id || form.getAttribute('action')) : 'a row outside a form';
                  const box = row.getBoundingClientRect();
                  const items = [...row.querySelectorAll('button, a, input[type=submit]')]
                      .filter(item => item.getClientRects().length > 0);
                  if (items.length === 0) problems.push(name + ': no button or link in its actions row');
                  items.forEach((item, i) => {
                    const r = item.getBoundingClientRect();
                    const what = name + ' "' + item.textContent.trim() + '"';
                    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
                      problems.push(what + ' reaches outside its row: ' + r.left + '–' + r.right
                          + ' in ' + box.left + '–' + box.right);
                    }
                    if (i > 0) {
                      const p = items[i - 1].getBoundingClientRect();
                      const sameLine = r.top < p.bottom && p.top < r.bottom;
                      if (sameLine && (Math.abs(r.top - p.top) > 0.5 || Math.abs(r.height - p.height) > 0.5)) {
                        problems.push(what + ' stands at top ' + r.top + ' with height ' + r.height
                            + ', the one before it at ' + p.top + ' with height ' + p.height);
                      }
                      if (!sameLine && r.top < p.bottom) {
                        problems.push(what + ' stands above the one before it');
                      }
                    }
                  });
                  if (row.scrollWidth > row.clientWidth) problems.push(name + ': its actions row scrolls sideways');
                }
                return [rows.length, problems];
                """;
        String page = driver.getCurrentUrl()
                .replaceFirst("^[a-z]+://[^/]+/?", "")
                .replaceFirst("[?#].*$", "")
                .replaceAll("[^A-Za-z0-9]+", "-");
        for (int width : new int[] {390, 1280}) {
            resizeWindow(width, width == 390 ? 844 : 1024);
            List<?> result = (List<?>) driver.executeScript(check);
            assertThat(((Number) result.get(0)).intValue())
                    .as("rows of form actions on %s", driver.getCurrentUrl())
                    .isPositive();
            assertThat((List<?>) result.get(1))
                    .as("form actions on %s at %d px", driver.getCurrentUrl(), width)
                    .isEmpty();
            assertThat(sidewaysOverflow())
                    .as("%s scrolls sideways at %d px", driver.getCurrentUrl(), width)
                    .isLessThanOrEqualTo(0);
            driver.executeScript("[...document.querySelectorAll('.samspil-form-actions')]"
                    + ".find(row => row.getClientRects().length > 0).scrollIntoView({block: 'center'})");
            screenshot("actions-" + page + "-" + width);
        }
    }

    /** Logs out through the header's "Log af" form, whichever of its two places (bar or drawer) shows at this width. */
    protected void logOut() {
        driver.executeScript("document.querySelector(\"form[action='/logout']\").submit()");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(page -> page.getCurrentUrl().contains("/login"));
    }

    /**
     * Saves the window as {@code target/screenshots/<name>.png}, for looking at a page or a failure. Only the window:
     * a capture beyond the viewport (DevTools' captureBeyondViewport) resizes the page for a moment, which closes an
     * open menu drawer and moves the focus, so a test that goes on after its screenshot would see another page.
     */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Screenshot " + name + " could not be saved", e);
        }
    }

    /** Resizes the browser window, e.g. to 390 x 844 for a phone or 1280 x 1024 for a desktop. */
    protected void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The element that has keyboard focus. */
    protected WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab once the page has the browser's focus: right after a page load the key may otherwise reach the
     * browser before the document does and be lost (seen once in CI: focus stayed on {@code <body>}).
     */
    protected static void pressTab() {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(page -> Boolean.TRUE.equals(
                        driver.executeScript("return document.readyState === 'complete' && document.hasFocus()")));
        new org.openqa.selenium.interactions.Actions(driver)
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .perform();
    }

    /** Tabs until the element matching {@code condition} has focus; fails after 80 presses. */
    protected WebElement tabTo(String what, java.util.function.Predicate<WebElement> condition) {
        for (int i = 0; i < 80; i++) {
            pressTab();
            if (condition.test(focused())) {
                return focused();
            }
        }
        throw new AssertionError("Could not reach " + what + " with the Tab key");
    }

    private static String axeSource() {
        try (InputStream in = BrowserTest.class.getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(
                        AXE_SCRIPT + " is not on the test class path; the Maven build copies it "
                                + "from src/main/frontend/node_modules/axe-core (run mvn generate-test-resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
