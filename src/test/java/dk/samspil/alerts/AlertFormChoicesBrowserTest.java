package dk.samspil.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The checkboxes of the alert form, as a company uses them: drawn by the design system, ticked and unticked by their
 * labels, with a focus ring, and bound both ways (what the form object holds shows ticked; what the user unticks
 * stays unticked).
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class AlertFormChoicesBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/varsling/(bekraeft|administrer)\\?token=\\S+)");
    private static final By UNITS = By.cssSelector("input[name=buyingUnits]");
    private static final By NOTIFY_ON = By.cssSelector("input[name=notifyOn]");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCpvPickerOfTheAlertFormAddsTheChosenCodeAndShowsWhereItSits() {
        for (int width : new int[] {1280, 390}) {
            resizeWindow(width, 900);
            open("/varsling");
            WebElement codes = driver.findElement(By.id("cpvCodes"));
            codes.sendKeys("45000000, tagdækning");
            WebElement suggestion = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[data-cpv-target='cpvCodes'][data-cpv-code='45261210']")));
            screenshot("alerts-cpv-picker-" + width);
            assertAccessible();
            suggestion.click();

            assertThat(codes.getAttribute("value")).isEqualTo("45000000, 45261210");
            assertThat(driver.findElement(By.id("cpvCodes-path")).getText())
                    .contains("45000000 Bygge- og anlægsarbejder", "45261210 Tagdækning");
            assertThat(sidewaysOverflow()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void everyCheckboxTicksAndUnticksByItsLabelAndShowsItsState() {
        open("/varsling");
        List<WebElement> boxes = driver.findElements(By.cssSelector("main input[type=checkbox]"));
        assertThat(driver.findElements(UNITS)).as("the demo's buying units").hasSize(8);
        assertThat(driver.findElements(NOTIFY_ON))
                .as("what to hear about, all ticked at first")
                .hasSize(5)
                .allMatch(WebElement::isSelected);
        assertChoicesDrawn();

        for (WebElement box : boxes) {
            boolean before = box.isSelected();
            label(box).click();
            assertThat(box.isSelected()).as(box.getAttribute("value")).isEqualTo(!before);
            assertChoicesDrawn();
            label(box).click();
            assertThat(box.isSelected()).as(box.getAttribute("value")).isEqualTo(before);
            assertChoicesDrawn();
        }
    }

    @Test
    void aCheckboxFocusedByKeyboardShowsTheFocusRing() {
        open("/varsling");
        List<WebElement> units = driver.findElements(UNITS);
        driver.findElement(By.id("excludedKeywords")).click();
        assertThat(focusRing(units.get(0))).as("before it has focus").isEqualTo("none");

        pressTab();
        assertThat(focused()).as("Tab from the field before the units").isEqualTo(units.get(0));
        assertThat(focusRing(units.get(0))).isEqualTo("solid");
        assertThat(focusRing(units.get(1))).isEqualTo("none");

        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(units.get(0).isSelected()).as("Space ticks it").isTrue();
        assertChoicesDrawn();

        pressTab();
        assertThat(focused()).isEqualTo(units.get(1));
        assertThat(focusRing(units.get(0))).isEqualTo("none");
        assertThat(focusRing(units.get(1))).isEqualTo("solid");
    }

    @Test
    void untickedBoxesStayUntickedWhenTheFormComesBackWithErrors() {
        open("/varsling");
        driver.findElements(NOTIFY_ON).forEach(box -> label(box).click());
        label(driver.findElements(UNITS).get(1)).click();
        driver.findElement(SUBMIT).click();

        awaitText(By.cssSelector(".alert-error"), "Der er fejl i formularen");
        assertThat(driver.findElements(NOTIFY_ON))
                .as("the empty choice came through, not the form's default")
                .hasSize(5)
                .noneMatch(WebElement::isSelected);
        assertThat(driver.findElements(UNITS))
                .extracting(WebElement::isSelected)
                .containsExactly(false, true, false, false, false, false, false, false);
        assertAccessible();
    }

    @Test
    void editingASubscriptionShowsItsChoicesTickedAndSavesWhatIsUnticked() {
        String email = "afkryds-" + UUID.randomUUID() + "@example.dk";
        open("/varsling");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("cpvCodes")).sendKeys("45000000");
        WebElement unit = driver.findElements(UNITS).get(1);
        String unitCode = unit.getAttribute("value");
        label(unit).click();
        List<WebElement> notifyOn = driver.findElements(NOTIFY_ON);
        label(notifyOn.get(0)).click();
        label(notifyOn.get(4)).click();
        driver.findElement(SUBMIT).click();
        awaitText(By.tagName("h1"), "Tjek jeres e-mail");

        String mail = jdbc.sql("SELECT body_text FROM outbox_message WHERE recipient = :email")
                .param("email", email)
                .query(String.class)
                .single();
        open(path(mail, "bekraeft"));
        driver.findElement(By.xpath("//main//button[@type='submit' and contains(., 'Bekræft')]"))
                .click();
        awaitText(By.tagName("h1"), "Tilmeldingen er bekræftet");

        open(path(mail, "administrer"));
        resizeWindow(320, 900);
        assertThat(sidewaysOverflow()).as("the list of subscriptions at 320 px").isNotPositive();
        assertAccessible();
        resizeWindow(1280, 1024);
        driver.findElement(By.linkText("Ret")).click();
        awaitText(By.tagName("h1"), "Ret abonnement");
        assertThat(checked(UNITS)).containsExactly(unitCode);
        assertThat(checked(NOTIFY_ON)).containsExactly("MATERIAL_CHANGE", "EVENT_ANNOUNCED", "TENDER_PUBLISHED");
        assertThat(driver.findElements(By.name("language")))
                .as("the language is not edited here")
                .isEmpty();
        assertAccessible();

        label(driver.findElement(By.cssSelector("input[name=buyingUnits][value='" + unitCode + "']")))
                .click();
        label(driver.findElement(By.cssSelector("input[name=notifyOn][value=REMINDER]")))
                .click();
        driver.findElement(SUBMIT).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Jeres varslinger"));

        driver.findElement(By.linkText("Ret")).click();
        awaitText(By.tagName("h1"), "Ret abonnement");
        assertThat(checked(UNITS)).as("the unticked unit was saved as none").isEmpty();
        assertThat(checked(NOTIFY_ON))
                .containsExactly("MATERIAL_CHANGE", "EVENT_ANNOUNCED", "TENDER_PUBLISHED", "REMINDER");
    }

    private static WebElement label(WebElement box) {
        return driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
    }

    private static List<String> checked(By boxes) {
        return driver.findElements(boxes).stream()
                .filter(WebElement::isSelected)
                .map(box -> box.getAttribute("value"))
                .toList();
    }

    /** The outline of the box the design system draws for a checkbox: its label's ::before. */
    private static String focusRing(WebElement box) {
        return (String)
                driver.executeScript("return getComputedStyle(arguments[0], '::before').outlineStyle", label(box));
    }

    private static String path(String mail, String page) {
        Matcher matcher = LINK.matcher(mail);
        while (matcher.find()) {
            if (matcher.group(2).equals(page)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + page + " link in " + mail);
    }
}
