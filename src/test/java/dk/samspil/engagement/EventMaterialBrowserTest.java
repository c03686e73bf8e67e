package dk.samspil.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A procurement officer publishes the minutes of a market dialogue, which then show on the public page of the demo
 * entry it was about; a company sends an idea for an OPI workshop.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class EventMaterialBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void minutesOfAMarketDialogueShowOnTheLinkedEntry() {
        String word = PublicEntries.uniqueWord();
        String reference = jdbc.sql("""
                        SELECT reference FROM planned_procurement WHERE reference LIKE 'SK-%' AND status <> 'DRAFT'
                        ORDER BY reference LIMIT 1""").query(String.class).single();
        long eventId =
                TestEvents.insert(jdbc, "MARKET_DIALOGUE", "Markedsdialog " + word, "PUBLISHED", null, reference);

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/arrangementer/" + eventId + "/materiale");
        awaitText(By.tagName("h1"), "Markedsdialog " + word);
        driver.findElement(By.id("title")).sendKeys("Referat af markedsdialogen");
        driver.findElement(By.id("text")).sendKeys("Deltagerne ønskede delaftaler " + word + ".");
        driver.findElement(By.xpath("//button[contains(., 'Offentliggør referatet')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Offentliggjort");
        assertAccessible();

        open("/kommende-indkob/" + reference);
        awaitText(By.id("materiale"), "Deltagerne ønskede delaftaler " + word + ".");
        assertThat(driver.findElement(By.id("materiale")).getText()).contains("Referat af markedsdialogen");
        assertAccessible();

        open("/arrangementer/" + eventId + "/materiale");
        awaitText(By.tagName("main"), "Deltagerne ønskede delaftaler " + word + ".");
        assertAccessible();

        open("/arrangementer/" + eventId + "/spoergsmaal");
        awaitText(By.tagName("h1"), "Stil et spørgsmål");
        assertAccessible();
        driver.findElement(By.xpath("//button[contains(., 'Send spørgsmålet')]"))
                .click();
        awaitText(By.id("error-summary"), "spørgsmål");
        assertAccessible();
        driver.findElement(By.id("question")).sendKeys("Kan man byde på en enkelt delaftale " + word + "?");
        driver.findElement(By.xpath("//button[contains(., 'Send spørgsmålet')]"))
                .click();
        awaitText(By.tagName("h1"), "Tak for spørgsmålet");
        assertAccessible();
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_question WHERE question LIKE :q")
                        .param("q", "%delaftale " + word + "?")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCompanySendsAnIdeaForAnOpiWorkshop() {
        String word = PublicEntries.uniqueWord();
        String email = "ide-" + UUID.randomUUID() + "@example.dk";
        TestEvents.insert(jdbc, "OPI_WORKSHOP", "Velfærdsteknologi " + word, "PUBLISHED", "Ældrepleje");

        open("/opi");
        awaitText(By.tagName("h1"), "Offentlig-privat innovation (OPI)");
        assertAccessible();
        driver.findElement(By.linkText("Send en idé: Velfærdsteknologi " + word))
                .click();
        awaitText(By.tagName("h1"), "Send en idé");
        assertAccessible();

        driver.findElement(By.xpath("//button[contains(., 'Send idéen')]")).click();
        awaitText(By.id("error-summary"), "Skriv en titel på idéen.");
        assertAccessible();

        driver.findElement(By.id("title")).sendKeys("Faldsensorer " + word);
        driver.findElement(By.id("description")).sendKeys("Sensorer giver besked, når en beboer falder.");
        driver.findElement(By.id("improvesCitizens")).sendKeys("Tryghed om natten.");
        driver.findElement(By.id("contactName")).sendKeys("Mette Hansen");
        driver.findElement(By.id("cvr")).sendKeys("29188548");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("label[for='consent']")).click();
        driver.findElement(By.xpath("//button[contains(., 'Send idéen')]")).click();
        awaitText(By.tagName("h1"), "Tak for jeres idé");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(email);
        assertAccessible();

        assertThat(jdbc.sql("SELECT title FROM engagement_idea WHERE email = :email")
                        .param("email", email)
                        .query(String.class)
                        .single())
                .isEqualTo("Faldsensorer " + word);
    }
}
