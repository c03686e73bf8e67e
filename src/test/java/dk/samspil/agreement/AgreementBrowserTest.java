package dk.samspil.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 20's walk: management opens the agreement from the navigation, opens the November 2026 status meeting,
 * generates the status pack, records a decision with an action, and finds the action carried to the February 2027
 * meeting and its pack; the action is then marked done there. On the way, management moves an activity on (a change
 * without an owner refused first), changes a joint project's status and budget, and declines an idea (a decline
 * without a reason refused first). Every page is checked with axe-core and photographed.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class AgreementBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void managementGeneratesTheNovemberPackAndCarriesAnActionToFebruary() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String decision = "Erhvervscentret udvider OPI-indsatsen " + suffix;
        String action = "Plan for to nye OPI-workshops " + suffix;

        loginAs("management@demo.samspil.dk", "demo-management-2026");
        open("/intern");
        // management's menu leads with the agreement, before the daily work sections
        driver.findElement(By.cssSelector("header nav a.nav-link[href='/intern/aftale']"))
                .click();
        awaitText(By.tagName("h1"), "Aftalen");
        awaitText(By.id("period-heading"), "Samhandelsaftale 2026/2027");
        assertThat(driver.findElement(By.id("budget-total")).getText()).isEqualTo("21.168.000 kr.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(
                        "Erhvervsfremme",
                        "Erhvervsservice",
                        "Markedsføring og branding",
                        "Iværksætteri",
                        "Netværk for erhvervet");
        checkPage("agreement-overview");

        // an activity moves on as the year goes: an owner left out is refused in Danish, then the change is saved
        driver.findElement(By.linkText("Vækst- og vidensmiljø")).click();
        awaitText(By.tagName("h1"), "Vækst- og vidensmiljø");
        driver.findElement(By.cssSelector("#activities a[aria-label^='Ret aktiviteten']"))
                .click();
        awaitText(By.id("activity-change-heading"), "Ret aktiviteten: Forprojekt om vidensmiljø på campus");
        driver.findElement(By.id("activityOwner")).clear();
        driver.findElement(By.xpath("//button[contains(., 'Gem ændringen')]")).click();
        awaitText(By.id("error-summary"), "Skriv hvem der er ansvarlig.");
        checkPage("agreement-activity-error");
        driver.findElement(By.id("activityOwner")).sendKeys("Erhvervscentrets iværksætterkonsulent");
        new Select(driver.findElement(By.id("activityStatus"))).selectByValue("ONGOING");
        driver.findElement(By.xpath("//button[contains(., 'Gem ændringen')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Aktiviteten er ændret.");
        assertThat(driver.findElement(By.id("activities")).getText())
                .contains("Erhvervscentrets iværksætterkonsulent", "I gang");
        checkPage("agreement-activity-changed");

        // a joint project starts and gets more money
        open("/intern/aftale");
        driver.findElement(By.linkText("Fælles projekter og idéer")).click();
        awaitText(By.tagName("h1"), "Fælles projekter og idéer");
        driver.findElement(By.cssSelector("#projects a[aria-label='Ret projektet Grøn Erhvervsudvikling']"))
                .click();
        awaitText(By.id("project-change-heading"), "Ret projektet: Grøn Erhvervsudvikling");
        new Select(driver.findElement(By.id("projectStatus"))).selectByValue("ONGOING");
        driver.findElement(By.id("projectBudget")).clear();
        driver.findElement(By.id("projectBudget")).sendKeys("450.000");
        checkPage("agreement-project-change");
        driver.findElement(By.xpath("//button[contains(., 'Gem ændringen')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Projektet er ændret.");
        assertThat(driver.findElement(By.id("projects")).getText()).contains("Budget (kr.)", "450.000");

        // an idea is declined, and the reason is asked for first
        String idea = "Fælles kantineordning " + suffix;
        driver.findElement(By.id("ideaTitle")).sendKeys(idea);
        driver.findElement(By.id("ideaDescription")).sendKeys("Virksomhederne i industrikvarteret deler en kantine.");
        driver.findElement(By.xpath("//button[contains(., 'Foreslå idéen')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Idéen er foreslået.");
        driver.findElement(By.cssSelector("#ideas a[aria-label='Afvis idéen " + idea + "']"))
                .click();
        awaitText(By.id("decline-heading"), "Afvis idéen: " + idea);
        driver.findElement(By.xpath("//button[contains(., 'Afvis idéen')]")).click();
        awaitText(By.id("error-summary"), "Skriv hvorfor idéen afvises.");
        checkPage("agreement-idea-decline-error");
        assertActionsLevel();
        driver.findElement(By.id("reason")).sendKeys("Ligger uden for aftalen.");
        driver.findElement(By.xpath("//button[contains(., 'Afvis idéen')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Idéen er afvist.");
        assertThat(driver.findElement(By.id("ideas")).getText())
                .contains(idea, "Afvist", "Begrundelse: Ligger uden for aftalen.");
        open("/intern/aftale");
        awaitText(By.id("period-heading"), "Samhandelsaftale 2026/2027");

        driver.findElement(By.linkText("Statusmøde november 2026 (19. november 2026)"))
                .click();
        awaitText(By.tagName("h1"), "Statusmøde november 2026");
        checkPage("agreement-meeting-november");

        driver.findElement(By.id("pack-link")).click();
        awaitText(By.tagName("h1"), "Statuspakke: Statusmøde november 2026");
        assertThat(driver.findElement(By.id("pack-indicators")).getText())
                .contains("Kommende indkøb offentliggjort", "Netværksmøder holdt");
        assertThat(driver.findElement(By.id("pack-budget")).getText()).contains("21.168.000 kr.");
        checkPage("agreement-pack-november");
        driver.findElement(By.linkText("Tilbage til mødet")).click();
        awaitText(By.tagName("h1"), "Statusmøde november 2026");

        // a decision without its action's owner is refused in Danish
        driver.findElement(By.id("decision")).sendKeys(decision);
        driver.findElement(By.id("actionText")).sendKeys(action);
        setValue("dueOn", "2027-02-01");
        driver.findElement(By.xpath("//button[contains(., 'Registrér beslutningen')]"))
                .click();
        awaitText(By.id("error-summary"), "Skriv hvem der er ansvarlig for handlingen.");
        checkPage("agreement-meeting-error");
        driver.findElement(By.id("owner")).sendKeys("Erhvervscentrets direktør");
        setValue("dueOn", "2027-02-01");
        driver.findElement(By.xpath("//button[contains(., 'Registrér beslutningen')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Beslutningen er registreret.");
        assertThat(driver.findElement(By.id("decisions")).getText()).contains(decision, action, "Åben");
        driver.findElement(By.id("minutes")).sendKeys("Status gennemgået. Budgettet følger planen.");
        driver.findElement(By.xpath("//button[contains(., 'Gem referatet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Referatet er gemt.");
        assertThat(driver.findElement(By.id("meeting-minutes")).getText()).contains("Budgettet følger planen.");

        open("/intern/aftale");
        driver.findElement(By.linkText("Statusmøde februar 2027 (18. februar 2027)"))
                .click();
        awaitText(By.tagName("h1"), "Statusmøde februar 2027");
        assertThat(driver.findElement(By.id("carried-actions")).getText())
                .contains(action, "Erhvervscentrets direktør", "01.02.2027", "19.11.2026");
        checkPage("agreement-meeting-february");

        driver.findElement(By.id("pack-link")).click();
        awaitText(By.tagName("h1"), "Statuspakke: Statusmøde februar 2027");
        assertThat(driver.findElement(By.id("pack-decisions")).getText()).contains(decision);
        assertThat(driver.findElement(By.id("pack-minutes")).getText()).contains("Budgettet følger planen.");
        assertThat(driver.findElement(By.id("pack-actions")).getText()).contains(action, "Åben");
        checkPage("agreement-pack-february");
        driver.findElement(By.linkText("Tilbage til mødet")).click();
        awaitText(By.tagName("h1"), "Statusmøde februar 2027");

        driver.findElement(By.cssSelector("#carried-actions button")).click();
        awaitText(By.cssSelector(".alert-success"), "Handlingen er opdateret.");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(action);
    }

    /**
     * The three change forms with a cancel link (an activity, a project, the decline of an idea): at 390 and 1280 px
     * the cancel link stands level with the submit button, as high and on the same line, and leads back.
     */
    @Test
    void theCancelLinkOfEveryChangeFormStandsLevelWithItsSubmitButton() {
        loginAs("management@demo.samspil.dk", "demo-management-2026");
        open("/intern/aftale/fokusomraader/" + firstAreaWithActivities());
        driver.findElement(By.cssSelector("#activities a[aria-label^='Ret aktiviteten']"))
                .click();
        awaitText(By.id("activity-change-heading"), "Ret aktiviteten");
        buttonsLevel("activity-change-form", "agreement-activity-change");

        open("/intern/aftale/projekter");
        driver.findElement(By.cssSelector("#projects a[aria-label^='Ret projektet']"))
                .click();
        awaitText(By.id("project-change-heading"), "Ret projektet");
        buttonsLevel("project-change-form", "agreement-project-change-form");
        driver.findElement(By.cssSelector("#project-change-form a.button")).click();
        awaitText(By.tagName("h1"), "Fælles projekter og idéer");
        assertThat(driver.findElements(By.id("project-change-form"))).isEmpty();

        String idea = "Fælles cykelparkering " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("ideaTitle")).sendKeys(idea);
        driver.findElement(By.id("ideaDescription")).sendKeys("Overdækket cykelparkering ved stationen.");
        driver.findElement(By.xpath("//button[contains(., 'Foreslå idéen')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Idéen er foreslået.");
        driver.findElement(By.cssSelector("#ideas a[aria-label='Afvis idéen " + idea + "']"))
                .click();
        awaitText(By.id("decline-heading"), "Afvis idéen: " + idea);
        buttonsLevel("decline-form", "agreement-idea-decline");
        assertActionsLevel();
    }

    private long firstAreaWithActivities() {
        return jdbc.sql("SELECT min(focus_area_id) FROM agreement_activity")
                .query(Long.class)
                .single();
    }

    private void buttonsLevel(String formId, String screenshot) {
        checkPage(screenshot);
        for (int width : new int[] {390, 1280}) {
            resizeWindow(width, width == 390 ? 844 : 1024);
            WebElement submit = driver.findElement(By.cssSelector("#" + formId + " button[type='submit']"));
            WebElement cancel = driver.findElement(By.cssSelector("#" + formId + " a.button"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
            Rectangle button = submit.getRect();
            Rectangle link = cancel.getRect();
            assertThat(link.getY())
                    .as("%s: the cancel link's top at %d px", formId, width)
                    .isEqualTo(button.getY());
            assertThat(link.getHeight())
                    .as("%s: the cancel link's height at %d px", formId, width)
                    .isEqualTo(button.getHeight());
            assertThat(link.getX())
                    .as("%s: the cancel link after the button", formId)
                    .isGreaterThan(button.getX());
            screenshot(screenshot + "-buttons-" + width);
        }
    }

    /** A new joint project is filled in and submitted with the keyboard alone: Tab to each field, type, Enter. */
    @Test
    void managementCreatesAProjectWithTheKeyboardAlone() {
        String name = "Tastaturprojekt " + UUID.randomUUID().toString().substring(0, 6);
        loginAs("management@demo.samspil.dk", "demo-management-2026");
        open("/intern/aftale/projekter");
        awaitText(By.tagName("h1"), "Fælles projekter og idéer");

        tabTo("the project's name", element -> "name".equals(element.getAttribute("id")));
        type(name);
        tabTo("the project's focus area", element -> "focusAreaId".equals(element.getAttribute("id")));
        type(Keys.ARROW_DOWN.toString());
        tabTo("the project's partners", element -> "partners".equals(element.getAttribute("id")));
        type("Kommunen og erhvervsskolen");
        WebElement budget = tabTo("the project's budget", element -> "budget".equals(element.getAttribute("id")));
        type(Keys.END.toString());
        type(Keys.BACK_SPACE.toString().repeat(budget.getDomProperty("value").length()));
        type("75.000");
        assertThat(budget.getDomProperty("value")).isEqualTo("75.000");
        tabTo("the project's status", element -> "status".equals(element.getAttribute("id")));
        type(Keys.ARROW_DOWN.toString());
        WebElement submit = tabTo(
                "the project form's button",
                element -> "button".equals(element.getTagName())
                        && element.getText().equals("Opret projektet"));
        assertThat(submit.getDomAttribute("type")).isEqualTo("submit");
        type(Keys.ENTER.toString());

        awaitText(By.cssSelector(".alert-success"), "Projektet er oprettet.");
        WebElement row = driver.findElement(By.xpath("//table[@id='projects']//tr[th[contains(., '" + name + "')]]"));
        assertThat(row.getText()).contains("Kommunen og erhvervsskolen", "75.000", "I gang");
        String area = jdbc.sql("""
                        SELECT a.name FROM agreement_project p JOIN agreement_focus_area a ON a.id = p.focus_area_id
                        WHERE p.name = :n""").param("n", name).query(String.class).single();
        assertThat(row.getText()).contains(area);
    }

    /** Keys to the element that has the focus, as a keyboard user types them. */
    private static void type(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }
}
