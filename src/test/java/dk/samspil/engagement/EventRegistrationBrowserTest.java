package dk.samspil.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.Background;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Staff publish an OPI workshop with one seat; company A registers, company B lands on the waiting list; A cancels
 * from the link in the mail (delivered over SMTP), B is offered the seat by mail and accepts it.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class EventRegistrationBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^/\\s]+(/tilmelding/[A-Za-z0-9_.-]+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    Clock clock;

    @Test
    void registerWaitCancelAndAcceptAnOfferedSeat() throws Exception {
        String title = "OPI-workshop om plejehjemssenge "
                + UUID.randomUUID().toString().substring(0, 6);
        // the demo plan's year is next year by the application's clock (Copenhagen), not by this JVM's time zone
        String reference = "SK-" + (LocalDate.now(clock).getYear() + 1) + "-007";
        LocalDateTime start = LocalDate.now(clock).plusDays(14).atTime(9, 0);

        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        awaitText(By.tagName("body"), "Log af");
        open("/intern/arrangementer/ny");
        assertAccessible();
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Gem')]"))
                .click();
        awaitText(By.className("alert-error"), "Skriv");
        assertAccessible();
        new Select(driver.findElement(By.id("type"))).selectByValue("OPI_WORKSHOP");
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("description")).sendKeys("Vi udvikler fremtidens senge sammen.");
        setValue("startsAt", start.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
        setValue(
                "endsAt",
                start.plusHours(3).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
        driver.findElement(By.id("place")).sendKeys("Slagelse Rådhus");
        driver.findElement(By.id("capacity")).sendKeys("1");
        driver.findElement(By.id("procurementReferences")).sendKeys(reference);
        driver.findElement(By.id("theme")).sendKeys("Plejehjem");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Gem')]"))
                .click();
        awaitText(By.tagName("h1"), title);
        String staffPath = URI.create(driver.getCurrentUrl()).getPath();
        driver.findElement(By.id("publish")).click();
        awaitText(By.id("event-status"), "Offentliggjort");
        assertAccessible();
        String eventPath =
                driver.findElement(By.linkText("Se den offentlige side")).getDomAttribute("href");
        open("/intern/arrangementer");
        awaitText(By.tagName("main"), title);
        assertAccessible();

        driver.manage().deleteAllCookies();
        open("/arrangementer");
        assertThat(driver.getPageSource()).contains(title);
        assertAccessible();

        String a = "a-" + UUID.randomUUID() + "@example.dk";
        String b = "b-" + UUID.randomUUID() + "@example.dk";
        open(eventPath);
        assertThat(driver.getPageSource()).contains("1 ledig plads af 1");
        assertAccessible();
        register("Anne Andersen", a);
        awaitText(By.id("registration-status"), "Tilmeldt");
        assertAccessible();

        open(eventPath);
        assertThat(driver.findElement(By.id("full-notice")).getText()).contains("fuldt");
        register("Bo Berg", b);
        awaitText(By.id("registration-status"), "På venteliste");

        open(personalLink(a, "Tilmelding bekræftet"));
        driver.findElement(By.linkText("Afmeld")).click();
        awaitText(By.tagName("h1"), "Afmeld tilmeldingen");
        assertAccessible();
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Ja, afmeld')]"))
                .click();
        awaitText(By.id("registration-status"), "Afmeldt");

        open(personalLink(b, "Der er en plads til jer"));
        awaitText(By.id("registration-status"), "Tilbudt plads");
        assertAccessible();
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Tak ja til pladsen')]"))
                .click();
        awaitText(By.id("registration-status"), "Tilmeldt");
        assertThat(driver.getPageSource()).contains("pladsen er jeres");
        assertAccessible();

        // Staff move the workshop to another room: the one with the seat is told and gets the calendar entry updated.
        loginAs("procurement@demo.samspil.dk", "demo-procurement-2026");
        open(staffPath);
        awaitText(By.tagName("h1"), title);
        assertThat(driver.getPageSource()).contains(b);
        assertAccessible();
        open(staffPath + "/rediger");
        awaitText(By.className("alert-info"), "får alle tilmeldte");
        assertAccessible();
        WebElement place = driver.findElement(By.id("place"));
        place.clear();
        place.sendKeys("Byrådssalen");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Gem')]"))
                .click();
        awaitText(By.tagName("h1"), title);
        MimeMessage changed = mailTo(b, "Ændret");
        assertThat(TestSmtp.text(changed)).contains("Byrådssalen");
        assertThat(changed.getContentType()).startsWith("multipart/mixed");
    }

    /** Waits for the mail to {@code recipient} whose subject starts with {@code subject}. */
    private static MimeMessage mailTo(String recipient, String subject) {
        return await("a mail to " + recipient + ": " + subject + "...")
                .atMost(Background.PATIENCE)
                .until(
                        () -> Arrays.stream(greenMail.getReceivedMessagesForDomain(recipient))
                                .filter(m -> subject(m).startsWith(subject))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void register(String name, String email) {
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("company")).sendKeys("Seng & Co ApS");
        driver.findElement(By.id("email")).sendKeys(email);
        WebElement participants = driver.findElement(By.id("participants"));
        participants.clear();
        participants.sendKeys("1");
        driver.findElement(By.xpath("//form[contains(@action, '/tilmelding')]//button[@type='submit']"))
                .click();
    }

    private void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    /** Waits for the mail to {@code recipient} whose subject starts with {@code subject}; returns its personal link. */
    private static String personalLink(String recipient, String subject) {
        MimeMessage mail = mailTo(recipient, subject);
        Matcher link = PERSONAL_LINK.matcher(text(mail));
        assertThat(link.find()).as("personal link in the mail").isTrue();
        return link.group(1);
    }

    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                return text(multipart.getBodyPart(0));
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
