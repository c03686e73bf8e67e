package dk.samspil.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.TestSmtp;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Issue 19's walk: the secretariat creates the energy network with three member companies from the register, invites
 * to a meeting (three invitations, each with an iCalendar REQUEST), records attendance and minutes with an action once
 * the meeting has been held, the members receive the minutes, and the budget page shows the expense and what is
 * left. Every page is checked with axe-core and photographed at 390 and 1280 px.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class NetworksBrowserTest extends BrowserTest {

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
    Clock clock;

    @Test
    void secretariatRunsTheEnergyNetworkFromMembersToMinutesAndBudget() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String network = "Energinetværket Slagelse " + suffix;
        List<String> cvrs = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String cvr = CvrNumbers.random();
            jdbc.sql("""
                            INSERT INTO company (cvr, name, industry_text, created_at, updated_at)
                            VALUES (:cvr, :name, 'Rådgivende ingeniørvirksomhed', :now, :now)""")
                    .param("cvr", cvr)
                    .param("name", "Energi " + i + " " + suffix + " ApS")
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            cvrs.add(cvr);
            contacts.add("energi" + i + "-" + UUID.randomUUID() + "@example.dk");
        }

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern");
        assertThat(driver.findElements(By.cssSelector("a[href='/intern/netvaerk']")))
                .as("reachable from /intern")
                .isNotEmpty();
        open("/intern/netvaerk");
        awaitText(By.tagName("h1"), "Netværk");
        checkPage("networks-staff-list");
        driver.findElement(By.linkText("Opret et netværk")).click();
        awaitText(By.tagName("h1"), "Opret et netværk");
        checkPage("networks-form");
        driver.findElement(By.id("name")).sendKeys(network);
        driver.findElement(By.id("purpose"))
                .sendKeys("Virksomheder, der vil spare på energien, mødes og deler erfaringer.");
        driver.findElement(By.id("budget")).sendKeys("100.000");
        driver.findElement(By.xpath("//button[contains(., 'Opret netværket')]")).click();
        awaitText(By.tagName("h1"), network);

        for (int i = 0; i < 3; i++) {
            driver.findElement(By.id("cvr")).sendKeys(cvrs.get(i));
            driver.findElement(By.id("contactName")).sendKeys("Kontakt " + (i + 1));
            driver.findElement(By.id("contactEmail")).sendKeys(contacts.get(i));
            driver.findElement(By.xpath("//button[contains(., 'Tilføj medlemmet')]"))
                    .click();
            awaitText(By.cssSelector(".alert-success"), "Medlemmet er tilføjet");
        }
        assertThat(driver.findElement(By.id("member-table")).getText())
                .contains("Energi 1 " + suffix, "Energi 2 " + suffix, "Energi 3 " + suffix);
        // the same company twice: a Danish message, nothing stored
        driver.findElement(By.id("cvr")).sendKeys(cvrs.get(0));
        driver.findElement(By.xpath("//button[contains(., 'Tilføj medlemmet')]"))
                .click();
        awaitText(By.id("error-summary"), "Medlemmet er allerede med i netværket.");
        checkPage("networks-detail-error");
        assertThat(jdbc.sql("SELECT count(*) FROM network_member WHERE cvr = :cvr")
                        .param("cvr", cvrs.get(0))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        driver.findElement(By.linkText("Indkald til et møde")).click();
        awaitText(By.tagName("h1"), "Indkald til et møde");
        checkPage("networks-meeting-form");
        driver.findElement(By.id("title")).sendKeys("Energimøde om solceller");
        setValue("date", LocalDate.now(clock).plusDays(7).toString());
        setValue("startTime", "09:00");
        setValue("endTime", "11:00");
        driver.findElement(By.id("place")).sendKeys("Slagelse Rådhus, mødelokale 2");
        driver.findElement(By.id("agendaText")).sendKeys("Velkommen\nSolceller på tagene / Mette Holm");
        driver.findElement(By.xpath("//button[contains(., 'Send invitationerne')]"))
                .click();
        awaitText(By.tagName("h1"), "Energimøde om solceller");
        checkPage("networks-meeting-planned");
        long meetingId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/moeder/(\\d+).*", "$1"));

        String uid = null;
        for (String contact : contacts) {
            MimeMessage invitation = mail(contact, 1, "Invitation");
            String ics = calendarPart(invitation);
            assertThat(ics).contains("METHOD:REQUEST", "SUMMARY:" + network.substring(0, 10), "mailto:" + contact);
            String thisUid =
                    ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
            assertThat(uid == null || uid.equals(thisUid))
                    .as("one UID per meeting")
                    .isTrue();
            uid = thisUid;
        }

        // the meeting takes place
        jdbc.sql("""
                        UPDATE network_meeting SET starts_at = now() - interval '2 hours',
                            ends_at = now() - interval '1 hour' WHERE id = :id""").param("id", meetingId).update();
        driver.navigate().refresh();
        awaitText(By.tagName("h1"), "Energimøde om solceller");
        driver.findElements(By.cssSelector("#attendance-form label.form-label")).stream()
                .filter(l -> l.getText().startsWith("Energi 1 ") || l.getText().startsWith("Energi 2 "))
                .forEach(l -> l.click());
        driver.findElement(By.xpath("//button[contains(., 'Gem fremmødet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Fremmødet er gemt.");
        assertThat(jdbc.sql("SELECT count(*) FROM network_invitation WHERE meeting_id = :id AND attended")
                        .param("id", meetingId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        driver.findElement(By.id("minutes")).sendKeys("Vi drøftede fælles indkøb af solceller.");
        driver.findElement(By.id("decisions")).sendKeys("Netværket undersøger fælles indkøb");
        driver.findElement(By.id("actionText")).sendKeys("Indhent tre tilbud på solceller");
        driver.findElement(By.id("actionOwner")).sendKeys("Kontakt 1");
        driver.findElement(By.id("actionOwnerEmail")).sendKeys(contacts.get(0));
        setValue("actionDue", LocalDate.now(clock).plusDays(30).toString());
        checkPage("networks-meeting-held");
        driver.findElement(By.xpath("//button[contains(., 'Send referatet til medlemmerne')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Referatet er sendt til medlemmerne.");
        assertThat(driver.findElement(By.id("actions")).getText()).contains("Indhent tre tilbud på solceller");
        checkPage("networks-meeting-minutes");
        for (String contact : contacts) {
            String minutes = TestSmtp.text(mail(contact, 2, "Referat"));
            assertThat(minutes)
                    .contains("Vi drøftede fælles indkøb af solceller.", "Indhent tre tilbud på solceller", "afmeld");
        }

        open("/intern/netvaerk");
        driver.findElement(By.linkText(network)).click();
        awaitText(By.tagName("h1"), network);
        driver.findElement(By.linkText("Budget og timer")).click();
        awaitText(By.tagName("h1"), "Budget");
        assertThat(driver.findElement(By.id("budget-amount")).getText()).isEqualTo("100.000 kr.");
        setValue("spentOn", LocalDate.now(clock).toString());
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("Møder");
        driver.findElement(By.id("amount")).sendKeys("2.500");
        driver.findElement(By.id("hours")).sendKeys("3,5");
        driver.findElement(By.id("description")).sendKeys("Mødelokale og forplejning");
        driver.findElement(By.xpath("//button[normalize-space()='Registrér']")).click();
        awaitText(By.cssSelector(".alert-success"), "Udgiften er registreret.");
        assertThat(driver.findElement(By.id("budget-spent")).getText()).isEqualTo("2.500 kr.");
        assertThat(driver.findElement(By.id("budget-remaining")).getText()).isEqualTo("97.500 kr.");
        assertThat(driver.findElement(By.id("expenses")).getText()).contains("Mødelokale og forplejning");
        assertThat(driver.findElement(By.id("budget-hours")).getText()).isEqualTo("3,5");
        checkPage("networks-budget");
        logOut();
    }

    private void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    /** The text/calendar part of a mail. */
    private static String calendarPart(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        assertThat(content).isInstanceOf(Multipart.class);
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static MimeMessage mail(String email, int count, String subject) {
        MimeMessage[] received = TestSmtp.awaitMails(greenMail, email, count);
        return Arrays.stream(received)
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subject + "' to " + email));
    }
}
