package dk.samspil.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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

    private void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }
}
