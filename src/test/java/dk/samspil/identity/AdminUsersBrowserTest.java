package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform's "done when": the demo administrator logs in, creates a user, and finds the creation in the audit
 * log; every page on the way is free of WCAG 2.1 A/AA violations that axe-core can find.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class AdminUsersBrowserTest extends BrowserTest {

    @Test
    void adminCreatesAUserAndTheAuditLogShowsIt() {
        open("/");
        assertAccessible();
        open("/login");
        assertAccessible();

        loginAs("admin@demo.samspil.dk", "demo-admin-2026");
        open("/admin/brugere");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible();

        open("/admin/brugere/ny");
        assertAccessible();
        // a first attempt with errors shows the error summary, still accessible
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.cssSelector(".alert-error"), "Der er fejl i formularen");
        assertAccessible();

        String email = "ny-" + UUID.randomUUID().toString().substring(0, 8) + "@slagelse.dk";
        driver.findElement(By.id("name")).clear();
        driver.findElement(By.id("name")).sendKeys("Birgitte Ærø Sørensen");
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys(email);
        WebElement consultant = driver.findElement(By.cssSelector("input[name=roles][value=CONSULTANT]"));
        if (!consultant.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + consultant.getAttribute("id") + "']"))
                    .click();
        }
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        awaitText(By.tagName("main"), "Birgitte Ærø Sørensen");
        assertAccessible();

        // the organisation's forms: each submit button stands level with its cancel link, at 390 and 1280 px
        for (String form : new String[] {"kommune", "erhvervscenter", "indkoebsenheder/ny"}) {
            open("/admin/organisation/" + form);
            awaitText(By.cssSelector("main form a.button"), "Annuller");
            checkPage("organisation-" + form.replace('/', '-'));
            assertActionsLevel();
            // by keyboard: the row keeps the order save, then cancel, each with a visible focus ring
            WebElement save = tabTo(
                    "the save button",
                    element -> "button".equals(element.getTagName())
                            && element.getText().equals("Gem"));
            assertThat(save.getCssValue("outline-style")).isEqualTo("solid");
            pressTab();
            assertThat(focused().getText()).isEqualTo("Annuller");
            assertThat(focused().getCssValue("outline-style")).isEqualTo("solid");
        }

        open("/admin/revisionslog?entityType=StaffUser");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(email)
                .contains("admin@demo.samspil.dk");
        checkPage("audit-log");

        // by keyboard: the type select, then the search button, which searches again for the chosen type
        open("/admin/revisionslog");
        WebElement type = tabTo("the type filter", element -> "entityType".equals(element.getAttribute("id")));
        assertThat(new org.openqa.selenium.support.ui.Select(type).getOptions())
                .extracting(WebElement::getText)
                .contains("Bruger", "Alle typer");
        type.sendKeys("Bruger");
        tabTo(
                        "the search button",
                        element -> "button".equals(element.getTagName())
                                && element.getText().equals("Søg"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        awaitText(By.tagName("main"), email);
        assertThat(driver.getCurrentUrl()).contains("entityType=StaffUser");
    }
}
