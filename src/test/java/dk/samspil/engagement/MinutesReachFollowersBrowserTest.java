package dk.samspil.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Background;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Equal treatment, as people would meet it: one company follows a demo entry, another expresses interest in it, both
 * confirm from their mail; a procurement officer publishes the minutes of the entry's market dialogue, and both
 * companies receive them by mail.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MinutesReachFollowersBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/(?:varsling|interesse)/bekraeft\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void followersAndInterestedCompaniesGetTheMinutes() throws Exception {
        Instant started = Instant.now();
        String word = PublicEntries.uniqueWord();
        String reference = jdbc.sql("""
                        SELECT reference FROM planned_procurement
                        WHERE reference LIKE 'SK-%' AND status IN ('PUBLISHED', 'MARKET_DIALOGUE')
                        ORDER BY reference DESC LIMIT 1""").query(String.class).single();
        long eventId =
                TestEvents.insert(jdbc, "MARKET_DIALOGUE", "Markedsdialog " + word, "PUBLISHED", null, reference);

        String follower = "foelger-" + UUID.randomUUID() + "@example.dk";
        open("/kommende-indkob/" + reference);
        driver.findElement(By.linkText("Følg dette indkøb")).click();
        driver.findElement(By.id("email")).sendKeys(follower);
        driver.findElement(By.xpath("//main//form//button[@type='submit']")).click();
        awaitText(By.tagName("h1"), "Tjek jeres e-mail");
        assertAccessible();
        open(confirmLink(TestSmtp.awaitMails(greenMail, follower, 1)[0]));
        driver.findElement(By.xpath("//main//form//button[@type='submit']")).click();
        awaitText(By.tagName("h1"), "bekræftet");

        String interested = "interesse-" + UUID.randomUUID() + "@example.dk";
        open("/kommende-indkob/" + reference);
        driver.findElement(By.linkText("Tilkendegiv interesse")).click();
        driver.findElement(By.id("companyName")).sendKeys("Gamma Rengøring " + word);
        driver.findElement(By.id("companyCvr")).sendKeys("29188548");
        driver.findElement(By.id("contactName")).sendKeys("Sofie Holm");
        driver.findElement(By.id("email")).sendKeys(interested);
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Send interesse')]"))
                .click();
        awaitText(By.tagName("h1"), "Tjek jeres e-mail");
        open(confirmLink(TestSmtp.awaitMails(greenMail, interested, 1)[0]));
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Bekræft interesse')]"))
                .click();
        awaitText(By.tagName("h1"), "Interessen er bekræftet");

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open("/intern/arrangementer/" + eventId + "/materiale");
        awaitText(By.tagName("h1"), "Markedsdialog " + word);
        driver.findElement(By.id("title")).sendKeys("Referat " + word);
        driver.findElement(By.id("text")).sendKeys("Markedet foreslog tre delaftaler.");
        driver.findElement(By.xpath("//button[contains(., 'Offentliggør referatet')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Offentliggjort");

        for (String email : new String[] {follower, interested}) {
            MimeMessage minutes = awaitMail(email, "Referat " + word);
            assertThat(minutes.getSubject()).startsWith("Arrangement om kommende indkøb");
            assertThat(TestSmtp.text(minutes))
                    .contains(
                            "Referat " + word,
                            "Markedet foreslog tre delaftaler.",
                            "I følger dette indkøb",
                            "/arrangementer/" + eventId + "/materiale");
            assertThat(minutes.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        }
        // once the listeners are done and the outbox is sent, nothing more is on its way
        Background.awaitListeners(jdbc, "dk.samspil.", started);
        for (String email : new String[] {follower, interested}) {
            Background.awaitOutboxSent(jdbc, email);
            assertThat(Arrays.stream(greenMail.getReceivedMessagesForDomain(email))
                            .filter(m -> contains(m, "Referat " + word))
                            .count())
                    .as("minutes reach %s once", email)
                    .isEqualTo(1);
        }
    }

    private static String confirmLink(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(TestSmtp.text(mail));
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        return link.group(1);
    }

    private static MimeMessage awaitMail(String email, String containing) {
        return await("a mail to " + email + " containing " + containing)
                .atMost(Background.PATIENCE)
                .until(
                        () -> Arrays.stream(greenMail.getReceivedMessagesForDomain(email))
                                .filter(mail -> contains(mail, containing))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static boolean contains(MimeMessage mail, String text) {
        try {
            return TestSmtp.text(mail).contains(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
