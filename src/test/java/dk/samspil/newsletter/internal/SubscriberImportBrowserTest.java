package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A consultant goes from the newsletter overview to a list and its CSV import: a file with bad rows gets a preview
 * naming each row's reason and no import button; the corrected file's preview is confirmed and the people are on the
 * list. Every page is axe-clean and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class SubscriberImportBrowserTest extends BrowserTest {

    @Autowired
    NewsletterLists lists;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultantPreviewsAFileWithBadRowsThenImportsTheCorrectedOne() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Energinetværket " + tag;
        long list = lists.create(new NewsletterLists.NewList(
                name, "Nyt til netværkets medlemmer.", MailingList.Visibility.INTERNAL, false, true));
        String anne = "anne-" + tag + "@example.dk";
        String bo = "bo-" + tag + "@example.dk";
        Path bad = Files.createTempFile("medlemmer-fejl", ".csv");
        Files.writeString(
                bad,
                "E-mail;CVR-nummer;Grundlag;Kilde\n"
                        + anne + ";;samtykke;Tilmeldt på standen ved Erhvervsmessen 2026\n"
                        + "bo-" + tag + "@example;;samtykke;Messe\n"
                        + anne + ";;kundeforhold;Kunde siden 2019\n",
                StandardCharsets.UTF_8);
        Path good = Files.createTempFile("medlemmer", ".csv");
        Files.writeString(
                good,
                "E-mail;CVR-nummer;Grundlag;Kilde\n"
                        + anne + ";;samtykke;Tilmeldt på standen ved Erhvervsmessen 2026\n"
                        + bo + ";;kundeforhold;Kunde siden 2019\n",
                StandardCharsets.UTF_8);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/nyhedsbreve");
        driver.findElement(By.linkText(name)).click();
        awaitText(By.tagName("h1"), name);
        driver.findElement(By.cssSelector("main a[href='/intern/nyhedsbreve/lister/" + list + "/import']"))
                .click();
        awaitText(By.tagName("h1"), "Importér personer til " + name);
        checkPage("newsletter-import-1-page");

        upload(bad);
        awaitText(By.id("summary"), "0 sættes på listen, 0 ændrer intet, 3 er afvist");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Intet er gemt endnu")
                .contains("er ikke en gyldig e-mailadresse")
                .contains("Adressen står også i linje 4")
                .contains("Adressen står også i linje 2");
        assertThat(driver.findElements(By.cssSelector("main form button[type=submit]")))
                .as("no import button while rows are refused")
                .isEmpty();
        checkPage("newsletter-import-2-refused-preview");

        driver.findElement(By.linkText("Upload en anden fil")).click();
        awaitText(By.tagName("h1"), "Importér personer til " + name);
        upload(good);
        awaitText(By.id("summary"), "2 sættes på listen, 0 ændrer intet, 0 er afvist");
        checkPage("newsletter-import-3-preview");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitText(By.id("imported"), "2 personer er sat på listen fra filen.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(anne, bo);
        checkPage("newsletter-import-4-done");
        assertThat(jdbc.sql("SELECT count(*) FROM newsletter_subscription WHERE list_id = :l AND status = 'ACTIVE'")
                        .param("l", list)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        Files.deleteIfExists(bad);
        Files.deleteIfExists(good);
    }

    private void upload(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
    }
}
