package dk.samspil.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 20's walk: management opens the agreement from the navigation, opens the November 2026 status meeting,
 * generates the status pack, records a decision with an action, and finds the action carried to the February 2027
 * meeting and its pack; the action is then marked done there. Every page is checked with axe-core and photographed.
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
