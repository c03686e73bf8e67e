package dk.samspil.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A business-centre consultant logs in, lands on the start page, follows the new interest to the entry's partner
 * seekers and introduces two of them to each other; both companies receive the other's details over SMTP.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class MatchmakingBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementService procurements;

    @Test
    void aConsultantIntroducesTwoInterestedCompaniesAndBothReceiveTheMail() throws Exception {
        String reference = PublicEntries.uniqueReference("PARTNER");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Energirenovering " + PublicEntries.uniqueWord(),
                        "45260000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        procurements.publish(reference);
        String alfaMail = "alfa-" + UUID.randomUUID() + "@example.dk";
        String betaMail = "beta-" + UUID.randomUUID() + "@example.dk";
        long alfa = TestInterests.confirmed(jdbc, reference, "Alfa Isolering ApS", alfaMail, true);
        long beta = TestInterests.confirmed(jdbc, reference, "Beta Ventilation A/S", betaMail, true);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        awaitText(By.tagName("h1"), "Mit overblik");
        assertThat(driver.getCurrentUrl()).endsWith("/intern");
        assertThat(driver.findElement(By.id("new-this-week")).getText()).contains(reference);
        assertThat(driver.findElement(By.id("recent-interests")).getText()).contains(reference);
        assertAccessible();
        screenshot("start-consultant-1280");
        resizeWindow(390, 844);
        assertThat(sidewaysOverflow()).as("start page at 390 px").isLessThanOrEqualTo(0);
        screenshot("start-consultant-390");

        driver.findElement(By.id("recent-interests"))
                .findElement(By.linkText(reference))
                .click();
        awaitText(By.tagName("h1"), reference);
        assertThat(driver.findElement(By.id("partner-seekers")).getText())
                .contains("Alfa Isolering ApS", "Beta Ventilation A/S");
        new Select(driver.findElement(By.id("first"))).selectByValue(String.valueOf(alfa));
        new Select(driver.findElement(By.id("second"))).selectByValue(String.valueOf(beta));
        assertAccessible();
        screenshot("matchmaking-390");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Send introduktion')]"))
                .click();
        awaitText(By.id("introduced"), "sendt til begge");
        assertAccessible();
        assertThat(sidewaysOverflow()).as("matchmaking at 390 px").isLessThanOrEqualTo(0);
        resizeWindow(1280, 1024);
        screenshot("matchmaking-1280");
        assertThat(driver.findElement(By.id("partner-seekers")).getText())
                .contains("Introduceret til", "Beta Ventilation A/S (", "Alfa Isolering ApS (");

        MimeMessage toAlfa = TestSmtp.awaitMails(greenMail, alfaMail, 1)[0];
        MimeMessage toBeta = TestSmtp.awaitMails(greenMail, betaMail, 1)[0];
        assertThat(TestSmtp.text(toAlfa)).contains("Beta Ventilation A/S", betaMail, reference);
        assertThat(TestSmtp.text(toBeta)).contains("Alfa Isolering ApS", alfaMail, reference);
    }
}
