package dk.samspil.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.TestCompanies;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
            cvrs.add(TestCompanies.insert(
                    jdbc, clock, "Energi " + i + " " + suffix + " ApS", "Rådgivende ingeniørvirksomhed"));
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
            String ics = TestSmtp.calendar(invitation);
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
        // the year's budget is offered as it was typed, and saving it unchanged is accepted
        assertThat(driver.findElement(By.id("budget-input")).getAttribute("value"))
                .isEqualTo("100.000");
        driver.findElement(By.xpath("//button[contains(., 'Gem budgettet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Budgettet er gemt.");
        assertThat(driver.findElement(By.id("budget-amount")).getText()).isEqualTo("100.000 kr.");
        logOut();
    }

    /**
     * The rest of issue 19 in the browser: a second contact person added with the keyboard alone and removed again,
     * a meeting moved (the contact gets the update of the same calendar entry), an agenda item with a document,
     * minutes made public and shown on the public page, and a conference with both parties, a company and a shared
     * cost. Every new page is checked with axe-core at 390 and 1280 px.
     */
    @Test
    void secretariatKeepsContactsMovesAMeetingPublishesMinutesAndPlansAConference() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String network = "Varmenetværket " + suffix;
        String cvr = TestCompanies.insert(jdbc, clock, "Varme " + suffix + " ApS", "Varmepumper");
        String first = "varme-" + UUID.randomUUID() + "@example.dk";
        String second = "anden-" + UUID.randomUUID() + "@example.dk";

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/netvaerk/nyt");
        driver.findElement(By.id("name")).sendKeys(network);
        driver.findElement(By.id("purpose")).sendKeys("Virksomheder med varmepumper deler erfaringer.");
        driver.findElement(By.cssSelector("label[for='publicPage']")).click();
        driver.findElement(By.xpath("//button[contains(., 'Opret netværket')]")).click();
        awaitText(By.tagName("h1"), network);
        long networkId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/netvaerk/(\\d+).*", "$1"));
        driver.findElement(By.id("cvr")).sendKeys(cvr);
        driver.findElement(By.id("contactName")).sendKeys("Karin Varme");
        driver.findElement(By.id("contactEmail")).sendKeys(first);
        driver.findElement(By.xpath("//button[contains(., 'Tilføj medlemmet')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Medlemmet er tilføjet");

        // a company asks to join on the public page; the request's two buttons stand level on the staff page
        String asker = TestCompanies.insert(jdbc, clock, "Anmoder " + suffix + " ApS", "Varmepumper");
        open("/netvaerk/" + networkId);
        driver.findElement(By.id("cvr")).sendKeys(asker);
        driver.findElement(By.id("contactName")).sendKeys("Arne Anmoder");
        driver.findElement(By.id("contactEmail")).sendKeys("anmoder-" + UUID.randomUUID() + "@example.dk");
        driver.findElement(By.xpath("//button[contains(., 'Send anmodningen')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Sekretariatet behandler anmodningen");
        open("/intern/netvaerk/" + networkId);
        awaitText(By.id("requests"), "Anmodninger om medlemskab");
        checkPage("networks-requests");
        assertActionsLevel();
        driver.findElement(By.xpath("//li[contains(., 'Arne Anmoder')]//button[@value='decline']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Anmodningen er afvist.");
        assertThat(driver.findElements(By.id("requests"))).isEmpty();

        // a second contact person, typed and sent with the keyboard alone
        driver.findElement(By.partialLinkText("Kontaktpersoner (1)")).click();
        awaitText(By.tagName("h1"), "Varme " + suffix + " ApS");
        checkPage("networks-member");
        driver.findElement(By.id("name")).click();
        driver.findElement(By.id("name")).sendKeys("Anders Anden");
        pressTab();
        assertThat(focused().getAttribute("id")).isEqualTo("email");
        focused().sendKeys(second);
        pressTab();
        assertThat(focused().getText()).isEqualTo("Tilføj kontaktpersonen");
        focused().sendKeys(org.openqa.selenium.Keys.ENTER);
        awaitText(By.cssSelector(".alert-success"), "Kontaktpersonen er tilføjet");
        assertThat(driver.findElement(By.id("contact-table")).getText()).contains(first, second);
        // the same address again: a Danish message on the form, nothing stored
        driver.findElement(By.id("name")).sendKeys("Anders igen");
        driver.findElement(By.id("email")).sendKeys(second);
        driver.findElement(By.xpath("//button[contains(., 'Tilføj kontaktpersonen')]"))
                .click();
        awaitText(By.id("error-summary"), "Personen er allerede kontaktperson for medlemmet.");
        checkPage("networks-member-error");
        driver.findElement(By.xpath("//tr[contains(., '" + second + "')]//button"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Kontaktpersonen er fjernet");
        assertThat(driver.findElement(By.id("contact-table")).getText()).doesNotContain(second);

        // a meeting, then moved to another day and room
        open("/intern/netvaerk/" + networkId + "/moeder/nyt");
        driver.findElement(By.id("title")).sendKeys("Varmepumpemøde");
        setValue("date", LocalDate.now(clock).plusDays(10).toString());
        driver.findElement(By.id("place")).sendKeys("Rådhuset");
        driver.findElement(By.xpath("//button[contains(., 'Send invitationerne')]"))
                .click();
        awaitText(By.tagName("h1"), "Varmepumpemøde");
        long meetingId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/moeder/(\\d+).*", "$1"));
        driver.findElement(By.id("edit-meeting")).click();
        awaitText(By.tagName("h1"), "Ret mødet");
        checkPage("networks-meeting-edit");
        setValue("date", LocalDate.now(clock).plusDays(11).toString());
        driver.findElement(By.id("place")).clear();
        driver.findElement(By.id("place")).sendKeys("Slagelse Bibliotek");
        driver.findElement(By.xpath("//button[contains(., 'Gem og send den opdaterede invitation')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Mødet er ændret");
        String update = TestSmtp.calendar(mail(first, 2, "Ændret"));
        assertThat(update).contains("METHOD:REQUEST", "SEQUENCE:1", "LOCATION:Slagelse Bibliotek");

        // an agenda item with a document
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("oplaeg-", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        // first with a description that is too long: a Danish message on the form, nothing stored
        driver.findElement(By.id("title")).sendKeys("Erfaringer med varmepumper");
        setValue("description", "x".repeat(2001));
        driver.findElement(By.xpath("//button[contains(., 'Tilføj punktet')]")).click();
        awaitText(By.id("error-summary"), "Beskrivelsen må højst være 2.000 tegn.");
        assertThat(driver.findElement(By.id("description-error")).getText())
                .contains("Beskrivelsen må højst være 2.000 tegn.");
        checkPage("networks-agenda-description-error");
        assertThat(jdbc.sql("SELECT count(*) FROM network_agenda_item WHERE meeting_id = :id")
                        .param("id", meetingId)
                        .query(Long.class)
                        .single())
                .isZero();
        driver.findElement(By.id("description")).clear();
        driver.findElement(By.id("description"))
                .sendKeys("Hvad virker i gamle huse?\nOg hvad koster det at komme i gang?");
        driver.findElement(By.id("presenter")).sendKeys("Karin Varme");
        driver.findElement(By.id("file")).sendKeys(pdf.toString());
        driver.findElement(By.xpath("//button[contains(., 'Tilføj punktet')]")).click();
        awaitText(By.cssSelector(".alert-success"), "Punktet er tilføjet");
        assertThat(driver.findElement(By.id("agenda-items")).getText())
                .contains(
                        "Erfaringer med varmepumper",
                        "Hvad virker i gamle huse?\nOg hvad koster det at komme i gang?",
                        pdf.getFileName().toString());
        checkPage("networks-meeting-agenda");

        // the item is renamed and moved to the top before the meeting; the cancel link stands level with the button
        driver.findElement(By.cssSelector("#agenda-items a[aria-label='Ret punktet Erfaringer med varmepumper']"))
                .click();
        awaitText(By.id("agenda-change-heading"), "Ret punktet: Erfaringer med varmepumper");
        checkPage("networks-agenda-change");
        assertActionsLevel();
        org.openqa.selenium.WebElement save =
                driver.findElement(By.cssSelector("#agenda-change-form button[type='submit']"));
        org.openqa.selenium.WebElement cancel = driver.findElement(By.cssSelector("#agenda-change-form a.button"));
        assertThat(cancel.getRect().getY()).isEqualTo(save.getRect().getY());
        driver.findElement(By.id("agendaTitle")).clear();
        driver.findElement(By.id("agendaTitle")).sendKeys("Erfaringer med varmepumper i gamle huse");
        assertThat(driver.findElement(By.id("agendaDescription")).getAttribute("value"))
                .isEqualTo("Hvad virker i gamle huse?\nOg hvad koster det at komme i gang?");
        driver.findElement(By.id("agendaDescription")).clear();
        driver.findElement(By.id("agendaDescription")).sendKeys("Hvad virker i gamle huse, og hvad koster det?");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("agendaPosition"))).selectByValue("1");
        save.click();
        awaitText(By.cssSelector(".alert-success"), "Punktet på dagsordenen er ændret.");
        assertThat(driver.findElement(By.cssSelector("#agenda-items > li")).getText())
                .startsWith("Erfaringer med varmepumper i gamle huse (Karin Varme)")
                .contains("Hvad virker i gamle huse, og hvad koster det?");

        // held, minuted, and made public
        jdbc.sql("""
                        UPDATE network_meeting SET starts_at = now() - interval '2 hours',
                            ends_at = now() - interval '1 hour' WHERE id = :id""").param("id", meetingId).update();
        driver.navigate().refresh();
        awaitText(By.tagName("h1"), "Varmepumpemøde");
        driver.findElement(By.id("minutes")).sendKeys("Varmepumper virker også i gamle huse.");
        driver.findElement(By.xpath("//button[contains(., 'Send referatet til medlemmerne')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Referatet er sendt");
        // with the minutes written, the agenda can no longer change
        assertThat(driver.findElements(By.cssSelector("#agenda-items a[aria-label^='Ret punktet']")))
                .isEmpty();
        assertThat(driver.findElement(By.id("agenda-locked")).getText()).contains("kan ikke længere ændres");
        driver.findElement(By.xpath("//button[contains(., 'Vis referatet på den offentlige side')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Referatet vises nu");
        open("/netvaerk");
        driver.findElement(By.linkText(network)).click();
        awaitText(By.tagName("h1"), network);
        checkPage("networks-public-page");
        driver.findElement(By.partialLinkText("Varmepumpemøde")).click();
        awaitText(By.id("minutes"), "Varmepumper virker også i gamle huse.");
        assertThat(driver.findElement(By.id("agenda-items")).getText())
                .contains(
                        "Hvad virker i gamle huse, og hvad koster det?",
                        pdf.getFileName().toString());
        checkPage("networks-public-minutes");

        // a conference together with the municipality
        open("/intern/netvaerk");
        driver.findElement(By.linkText("Konferencer sammen med kommunen")).click();
        awaitText(By.tagName("h1"), "Konferencer");
        checkPage("networks-conference-list");
        driver.findElement(By.linkText("Opret en konference")).click();
        awaitText(By.tagName("h1"), "Opret en konference");
        checkPage("networks-conference-form");
        driver.findElement(By.id("name")).sendKeys("Energikonferencen " + suffix);
        driver.findElement(By.id("place")).sendKeys("Odense Congress Center");
        setValue("startsOn", LocalDate.now(clock).plusDays(30).toString());
        setValue("endsOn", LocalDate.now(clock).plusDays(31).toString());
        driver.findElement(By.xpath("//button[contains(., 'Opret konferencen')]"))
                .click();
        awaitText(By.tagName("h1"), "Energikonferencen " + suffix);
        driver.findElement(By.cssSelector("label[for='party']")).click();
        driver.findElement(By.id("name")).sendKeys("Mette Kommune");
        driver.findElement(By.xpath("//button[contains(., 'Tilføj deltageren')]"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "Deltageren er tilføjet");
        driver.findElement(By.cssSelector("label[for='party-BUSINESS_CENTRE']")).click();
        driver.findElement(By.id("name")).sendKeys("Lars Erhverv");
        driver.findElement(By.xpath("//button[contains(., 'Tilføj deltageren')]"))
                .click();
        awaitText(By.id("participant-table"), "Lars Erhverv");
        driver.findElement(By.id("cvr")).sendKeys(cvr);
        driver.findElement(By.xpath("//button[contains(., 'Invitér virksomheden med')]"))
                .click();
        awaitText(By.id("company-list"), "Varme " + suffix + " ApS");
        driver.findElement(By.id("description")).sendKeys("Deltagergebyrer");
        driver.findElement(By.id("amount")).sendKeys("10.000,50");
        driver.findElement(By.xpath("//button[contains(., 'Tilføj udgiften')]")).click();
        awaitText(By.id("cost-total"), "10.000,50 kr.");
        assertThat(driver.findElement(By.id("cost-municipality")).getText()).isEqualTo("5.000,25 kr.");
        assertThat(driver.findElement(By.id("cost-business-centre")).getText()).isEqualTo("5.000,25 kr.");
        checkPage("networks-conference");
        driver.findElement(By.id("description")).sendKeys("Hotel");
        driver.findElement(By.id("amount")).sendKeys("mange penge");
        driver.findElement(By.xpath("//button[contains(., 'Tilføj udgiften')]")).click();
        awaitText(By.id("error-summary"), "Skriv beløbet som et positivt tal");
        checkPage("networks-conference-error");
        logOut();
    }

    private void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private static MimeMessage mail(String email, int count, String subject) {
        return TestSmtp.awaitMail(greenMail, email, count, subject);
    }
}
