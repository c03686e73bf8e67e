package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import dk.samspil.support.BrowserTest;

/**
 * A company sends an inquiry through the public form (after being told what is missing); management registers one a
 * council member passed on, finds it in its queue from the start page, assigns it to a consultant and marks it
 * answered, and the log shows what happened. Every page is axe-clean and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class InquiryBrowserTest extends BrowserTest {

    @Test
    void aCompanysInquiryAndACouncilMembersAreReceivedRoutedAssignedAndAnswered() {
        String publicSubject = "Erhvervsaffald " + UUID.randomUUID().toString().substring(0, 6);
        String politicalSubject = "Erhvervsareal ved motorvejen " + UUID.randomUUID().toString().substring(0, 6);

        open("/henvendelse");
        awaitText(By.tagName("h1"), "Skriv til erhvervscentret");
        submit("Send henvendelsen");
        awaitText(By.cssSelector(".alert-error"), "Skriv afsenderens navn.");
        assertThat(driver.findElement(By.cssSelector(".alert-error")).getText())
                .contains("Skriv din e-mailadresse", "Skriv henvendelsen.");
        checkPage("inquiries-1-public-errors");
        driver.findElement(By.id("name")).sendKeys("Anne Hansen");
        driver.findElement(By.id("companyName")).sendKeys("Glasklart ApS");
        driver.findElement(By.id("cvr")).sendKeys("29 18 85 48");
        driver.findElement(By.id("email")).sendKeys("anne@glasklart.dk");
        driver.findElement(By.id("subject")).sendKeys(publicSubject);
        driver.findElement(By.id("message")).sendKeys("Hvem henter vores erhvervsaffald efter flytningen?");
        submit("Send henvendelsen");
        WebElement sent = awaitText(By.tagName("main"), "Henvendelsen har sagsnummer H-");
        assertThat(sent.getText()).containsPattern("H-\\d{4}-\\d{4}");
        checkPage("inquiries-2-public-sent");

        loginAs("management@demo.samspil.dk", "demo-management-2026");
        awaitText(By.tagName("main"), "Åbne henvendelser");
        driver.findElement(By.cssSelector("main a[href='/intern/henvendelser']")).click();
        awaitText(By.tagName("h1"), "Henvendelser");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(publicSubject);
        driver.findElement(By.linkText("Registrér en henvendelse")).click();
        awaitText(By.tagName("h1"), "Registrér en henvendelse");
        label("channel", "COUNCIL_MEMBER").click();
        driver.findElement(By.id("name")).sendKeys("Peter Jensen");
        driver.findElement(By.id("subject")).sendKeys(politicalSubject);
        driver.findElement(By.id("message")).sendKeys("Virksomheden spørger via byrådet om muligheden for at udvide.");
        submit("Gem");
        awaitText(By.cssSelector(".alert-error"), "Skriv navnet på borgmesteren eller byrådsmedlemmet.");
        checkPage("inquiries-3-register-errors");
        driver.findElement(By.id("politician")).sendKeys("Byrådsmedlem Mette Holm");
        submit("Gem");
        awaitText(By.cssSelector(".alert-success"), "Henvendelsen er registreret.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(politicalSubject, "Ledelsen", "Via et byrådsmedlem: Byrådsmedlem Mette Holm");

        driver.findElement(By.id("assignee")).sendKeys("consultant@demo.samspil.dk");
        submit("Tildel");
        awaitText(By.cssSelector(".alert-success"), "Henvendelsen er tildelt.");
        new Select(driver.findElement(By.id("status"))).selectByValue("ANSWERED");
        submit("Skift status");
        awaitText(By.cssSelector(".alert-success"), "Status er ændret.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(
                "Tildelt consultant@demo.samspil.dk af management@demo.samspil.dk",
                "Status ændret til Besvaret af management@demo.samspil.dk");
        checkPage("inquiries-4-detail");

        driver.findElement(By.linkText("Henvendelser")).click();
        awaitText(By.tagName("h1"), "Henvendelser");
        checkPage("inquiries-5-list");
    }

    private void submit(String text) {
        driver.findElement(By.xpath("//main//form//button[normalize-space()='" + text + "']")).click();
    }

    /** The label of one choice of a radio group, found by the choice's value. */
    private WebElement label(String field, String value) {
        String id = driver.findElement(By.cssSelector("input[name=" + field + "][value=" + value + "]")).getAttribute("id");
        return driver.findElement(By.cssSelector("label[for='" + id + "']"));
    }
}
