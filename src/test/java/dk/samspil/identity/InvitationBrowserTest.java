package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13's accounts in a browser: the demo administrator invites a user (roles explained on the form), the user
 * opens the link from the mail delivered over SMTP, chooses a password and lands logged in; a second use of the link
 * gets a Danish explanation, and "Glemt adgangskode?" is one click from the login page. Every page is checked with
 * axe-core and photographed at 390 and 1280 px.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class InvitationBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitation\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedUserChoosesAPasswordFromTheMailAndLandsLoggedIn() throws Exception {
        loginAs("admin@demo.samspil.dk", "demo-admin-2026");
        open("/admin/brugere/ny");
        awaitText(By.tagName("h1"), "Opret bruger");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Opretter, retter og offentliggør indkøbsplanen");
        checkPage("invitation-1-new-user");
        assertActionsLevel();

        String email = "inviteret-" + UUID.randomUUID().toString().substring(0, 8) + "@slagelse.dk";
        driver.findElement(By.id("name")).sendKeys("Karen Ærø Invitéret");
        driver.findElement(By.id("email")).sendKeys(email);
        WebElement consultant = driver.findElement(By.cssSelector("input[name=roles][value=CONSULTANT]"));
        driver.findElement(By.cssSelector("label[for='" + consultant.getAttribute("id") + "']"))
                .click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.cssSelector(".alert-success"), "inviteret");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Sidst logget ind", "Karen Ærø Invitéret");
        checkPage("invitation-2-users");

        open("/admin/api-tokens");
        awaitText(By.tagName("h1"), "Alle API-tokens");
        checkPage("invitation-3-api-tokens");
        logOut();
        awaitText(By.tagName("main"), "Du er logget af");

        String link = link(TestSmtp.text(TestSmtp.awaitMails(greenMail, email, 1)[0]));
        open(link);
        awaitText(By.tagName("h1"), "Velkommen til Samspil");
        checkPage("invitation-4-choose-password");
        driver.findElement(By.id("password")).sendKeys("karens-eget-kodeord");
        driver.findElement(By.id("passwordRepeat")).sendKeys("karens-eget-kodeord");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(page -> !page.getCurrentUrl().contains("/invitation"));

        open("/konto");
        awaitText(By.tagName("main"), email);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Konsulent");
        open("/konto/adgangskode");
        awaitText(By.cssSelector("main form a.button"), "Annuller");
        checkPage("invitation-4b-change-password");
        assertActionsLevel();

        logOut();
        awaitText(By.tagName("main"), "Du er logget af");
        open(link);
        awaitText(By.tagName("h1"), "Linket kan ikke bruges");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("allerede brugt", "Intet er ændret");
        checkPage("invitation-5-link-used");

        open("/login");
        driver.findElement(By.linkText("Glemt adgangskode?")).click();
        awaitText(By.tagName("h1"), "Glemt adgangskode");
        checkPage("invitation-6-forgot");
        assertActionsLevel();
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.tagName("h1"), "Tjek din e-mail");
        checkPage("invitation-7-forgot-sent");
    }

    private static String link(String mail) {
        Matcher matcher = LINK.matcher(mail);
        if (!matcher.find()) {
            throw new AssertionError("No invitation link in " + mail);
        }
        return matcher.group(1);
    }
}
