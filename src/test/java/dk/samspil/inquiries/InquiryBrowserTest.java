package dk.samspil.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A company sends an inquiry through the public form (after being told what is missing); management registers one a
 * council member passed on, finds it in its queue from the start page, sets up a consultant team, moves the case to
 * the team, assigns it to a consultant, writes a note, replies to the company and closes the case with its outcome,
 * and the log shows what happened (the management queue and the team's queue show where the case is); the figures page shows the right numbers for inquiries seeded in 2022. Every page
 * is axe-clean and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class InquiryBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aCompanysInquiryAndACouncilMembersAreReceivedRoutedAssignedAndAnswered() {
        String publicSubject = "Erhvervsaffald " + UUID.randomUUID().toString().substring(0, 6);
        String politicalSubject =
                "Erhvervsareal ved motorvejen " + UUID.randomUUID().toString().substring(0, 6);

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
        driver.findElement(By.id("files")).sendKeys(pdf().toString());
        submit("Send henvendelsen");
        WebElement sent = awaitText(By.tagName("main"), "Henvendelsen har sagsnummer H-");
        assertThat(sent.getText()).containsPattern("H-\\d{4}-\\d{4}");
        checkPage("inquiries-2-public-sent");

        loginAs("management@demo.samspil.dk", "demo-management-2026");
        awaitText(By.tagName("main"), "Åbne henvendelser");
        driver.findElement(By.cssSelector("main a[href='/intern/henvendelser']"))
                .click();
        awaitText(By.tagName("h1"), "Henvendelser");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(publicSubject);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id
                        WHERE i.subject = :s AND a.kind = 'PDF'""").param("s", publicSubject).query(Long.class).single())
                .isOne();
        driver.findElement(By.linkText("Registrér en henvendelse")).click();
        awaitText(By.tagName("h1"), "Registrér en henvendelse");
        label("channel", "COUNCIL_MEMBER").click();
        driver.findElement(By.id("name")).sendKeys("Peter Jensen");
        driver.findElement(By.id("email")).sendKeys("peter@jensen-byg.dk");
        driver.findElement(By.id("subject")).sendKeys(politicalSubject);
        driver.findElement(By.id("message")).sendKeys("Virksomheden spørger via byrådet om muligheden for at udvide.");
        submit("Gem");
        awaitText(By.cssSelector(".alert-error"), "Skriv navnet på borgmesteren eller byrådsmedlemmet.");
        checkPage("inquiries-3-register-errors");
        assertActionsLevel();
        driver.findElement(By.id("politician")).sendKeys("Byrådsmedlem Mette Holm");
        submit("Gem");
        awaitText(By.cssSelector(".alert-success"), "Henvendelsen er registreret.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(politicalSubject, "Ledelsen", "Via et byrådsmedlem: Byrådsmedlem Mette Holm");

        String casePage = driver.getCurrentUrl();

        // the management queue lists it (and not the company's own inquiry, which went to the consultants);
        // management sets up a consultant team and moves the case there
        driver.findElement(By.linkText("Henvendelser")).click();
        awaitText(By.tagName("h1"), "Henvendelser");
        driver.findElement(By.cssSelector("main a[href$='koe=ledelsen']")).click();
        awaitText(By.cssSelector("main a[aria-current=page]"), "Ledelsen");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(politicalSubject)
                .doesNotContain(publicSubject);
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space()='" + politicalSubject + "']]"));
        assertThat(row.getText()).contains("Ledelsen", "Via et byrådsmedlem");
        driver.findElement(By.linkText("Fordeling af henvendelser")).click();
        awaitText(By.tagName("h1"), "Fordeling af henvendelser");
        String team = "Team Erhvervsarealer " + UUID.randomUUID().toString().substring(0, 4);
        driver.findElement(By.id("teamName")).sendKeys(team);
        driver.findElement(By.id("members")).sendKeys("consultant@demo.samspil.dk");
        submit("Tilføj teamet");
        awaitText(By.cssSelector(".alert-success"), "Teamet er oprettet.");
        checkPage("inquiries-4-routing-settings");

        driver.get(casePage);
        awaitText(By.tagName("h1"), politicalSubject);
        new Select(driver.findElement(By.id("destination"))).selectByVisibleText(team);
        submit("Flyt henvendelsen");
        awaitText(By.cssSelector(".alert-success"), "Henvendelsen er flyttet.");
        // reassigned: it has left management's queue for the team's
        open("/intern/henvendelser?koe=ledelsen");
        awaitText(By.cssSelector("main a[aria-current=page]"), "Ledelsen");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(politicalSubject);
        driver.findElement(By.xpath("//main//a[normalize-space()='" + team + "']"))
                .click();
        awaitText(By.cssSelector("main a[aria-current=page]"), team);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(politicalSubject);
        driver.get(casePage);
        awaitText(By.tagName("h1"), politicalSubject);
        driver.findElement(By.id("assignee")).sendKeys("consultant@demo.samspil.dk");
        submit("Tildel");
        awaitText(By.cssSelector(".alert-success"), "Henvendelsen er tildelt.");
        driver.findElement(By.id("note")).sendKeys("Ringet til Peter Jensen, han sender tegninger.");
        submit("Gem noten");
        awaitText(By.cssSelector(".alert-success"), "Noten er gemt.");
        submit("Send svaret");
        awaitText(By.cssSelector(".alert-error"), "Skriv svaret.");
        checkPage("inquiries-5-reply-error");
        driver.findElement(By.id("reply")).sendKeys("Kære Peter Jensen. Arealet kan udvides; vi sender en plan.");
        submit("Send svaret");
        awaitText(By.cssSelector(".alert-success"), "Svaret er sendt.");
        label("outcome", "ANSWERED").click();
        submit("Luk henvendelsen");
        awaitText(By.cssSelector(".alert-success"), "Henvendelsen er lukket.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(
                        "Flyttet til " + team + " af management@demo.samspil.dk",
                        "Tildelt consultant@demo.samspil.dk af management@demo.samspil.dk",
                        "Ringet til Peter Jensen, han sender tegninger.",
                        "Svar fra management@demo.samspil.dk til peter@jensen-byg.dk",
                        "Arealet kan udvides; vi sender en plan.",
                        "Lukket (Besvaret) af management@demo.samspil.dk",
                        "Lukket: Besvaret");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM outbox_message WHERE recipient = 'peter@jensen-byg.dk' AND category = 'inquiries.reply'")
                        .query(Long.class)
                        .single())
                .isOne();
        checkPage("inquiries-6-detail");

        driver.findElement(By.linkText("Henvendelser")).click();
        awaitText(By.tagName("h1"), "Henvendelser");
        checkPage("inquiries-7-list");

        // the figures for seeded inquiries of 2022: one by phone in March, answered in time; one through the mayor
        // in May, answered late
        seed2022();
        driver.findElement(By.linkText("Tal til statusmøder")).click();
        awaitText(By.tagName("h1"), "Henvendelser i tal");
        driver.get(driver.getCurrentUrl().replaceAll("\\?.*$", "") + "?aar=2022");
        awaitText(By.tagName("h1"), "Henvendelser i tal, 2022");
        String quarters = driver.findElement(By.id("quarters")).getText();
        assertThat(quarters)
                .contains(
                        "Henvendelser 1 1 0 0",
                        "Via det politiske niveau 0 1 0 0",
                        "Median arbejdsdage til kvittering 1,0 2,0 – –",
                        "Median arbejdsdage til svar 2,0 8,0 – –",
                        "Besvaret inden for fristen 100 % (1/1) 0 % (0/1) – –");
        checkPage("inquiries-8-figures");
    }

    /**
     * A file chosen on a refused try is shown as already attached and goes with the next try without being chosen
     * again; a request far over the attachments' limit comes back to the form, which says the limit.
     */
    @Test
    void thePublicFormKeepsAChosenFileAcrossARefusedTry() {
        String subject = "Kloakplan " + UUID.randomUUID().toString().substring(0, 6);
        open("/henvendelse");
        awaitText(By.tagName("h1"), "Skriv til erhvervscentret");
        driver.findElement(By.id("name")).sendKeys("Anne Hansen");
        driver.findElement(By.id("files")).sendKeys(pdf().toString());
        submit("Send henvendelsen");
        awaitText(By.cssSelector(".alert-error"), "Skriv henvendelsen.");
        assertThat(driver.findElement(By.cssSelector(".kept-files")).getText())
                .contains("Allerede vedhæftet")
                .containsPattern("affaldsplan\\d*\\.pdf \\(1 kB\\)")
                .contains("Fjern");
        checkPage("inquiries-kept-1-refused");
        for (int width : List.of(390, 1280)) {
            resizeWindow(width, width == 390 ? 844 : 1024);
            driver.executeScript("document.querySelector('.kept-files').scrollIntoView()");
            screenshot("inquiries-kept-1-files-" + width);
        }
        driver.findElement(By.id("email")).sendKeys("anne@glasklart.dk");
        driver.findElement(By.id("subject")).sendKeys(subject);
        driver.findElement(By.id("message")).sendKeys("Kloakplanen er vedhæftet.");
        submit("Send henvendelsen");
        awaitText(By.tagName("main"), "Henvendelsen har sagsnummer H-");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id
                        WHERE i.subject = :s""").param("s", subject).query(Long.class).single()).isOne();

        open("/henvendelse?fejl=stor");
        awaitText(By.id("error-summary"), "Bilagene fylder mere end 10 MB tilsammen");
        checkPage("inquiries-kept-2-too-large");
    }

    /**
     * The public form with the keyboard alone: every field is reached with Tab in reading order and shows where focus
     * is; after a failed submit the error summary has focus and lists the errors in the order of the fields, and its
     * link leads to the field.
     */
    @Test
    void thePublicFormWorksWithTheKeyboardAlone() {
        windowSize(1280, 1024);
        open("/henvendelse");
        awaitText(By.tagName("h1"), "Skriv til erhvervscentret");
        tabTo("the name field", e -> "name".equals(e.getDomAttribute("id")));
        List<String> order = new java.util.ArrayList<>(List.of("name", "companyName", "cvr", "email", "phone"));
        if (!driver.findElements(By.id("topicId")).isEmpty()) {
            order.add("topicId");
        }
        order.addAll(List.of("subject", "message", "files"));
        for (int i = 0; i < order.size(); i++) {
            if (i > 0) {
                pressTab();
            }
            assertThat(focused().getDomAttribute("id")).isEqualTo(order.get(i));
            assertFocusVisible(order.get(i));
            if ("name".equals(order.get(i))) {
                new Actions(driver).sendKeys("Anne Hansen").perform();
            }
        }
        pressTab();
        assertThat(focused().getText()).isEqualTo("Send henvendelsen");
        assertFocusVisible("the submit button");
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        awaitText(By.id("error-summary"), "Skriv din e-mailadresse");
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "error-summary".equals(focused().getDomAttribute("id")));
        assertThat(driver.findElements(By.cssSelector("#error-summary li")).stream()
                        .map(WebElement::getText)
                        .toList())
                .as("the errors in the order of the fields")
                .containsExactly(
                        "Skriv din e-mailadresse, så vi kan sende " + "en kvittering og svare dig.",
                        "Skriv hvad henvendelsen handler om.",
                        "Skriv henvendelsen.");
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Anne Hansen");
        WebElement toEmail =
                tabTo("the summary's link to the e-mail field", e -> e.getText().startsWith("Skriv din e-mailadresse"));
        assertFocusVisible("the summary's link");
        toEmail.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "email".equals(focused().getDomAttribute("id")));
        assertAccessible();
    }

    private void assertFocusVisible(String what) {
        Object style = driver.executeScript("""
                const s = getComputedStyle(arguments[0]);
                return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none';""", focused());
        assertThat(style).as("visible focus on %s", what).isEqualTo(true);
    }

    private static java.nio.file.Path pdf() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("affaldsplan", ".pdf");
            java.nio.file.Files.write(file, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void seed2022() {
        jdbc.sql("""
                        INSERT INTO inquiry (case_number, channel, politician, from_name, subject, message, received_on,
                                             queue, status, acknowledge_by, answer_by, answered_on, created_at)
                        VALUES ('H-2022-9001', 'PHONE', NULL, 'Anne', 'Affald', 'Spørgsmål', '2022-03-01', 'CONSULTANTS',
                                'ANSWERED', '2022-03-02', '2022-03-08', '2022-03-03', '2022-03-01T09:00:00+01:00'),
                               ('H-2022-9002', 'MAYOR', 'Borgmester Anne Andersen', 'Bo', 'Vej', 'Spørgsmål', '2022-05-02',
                                'MANAGEMENT', 'ANSWERED', '2022-05-03', '2022-05-09', '2022-05-12', '2022-05-02T09:00:00+02:00')
                        ON CONFLICT (case_number) DO NOTHING""").update();
        jdbc.sql("""
                        INSERT INTO inquiry_event (inquiry_id, occurred_at, actor, kind, detail)
                        SELECT id, CASE case_number WHEN 'H-2022-9001' THEN TIMESTAMPTZ '2022-03-02T10:00:00+01:00'
                                                    ELSE TIMESTAMPTZ '2022-05-04T10:00:00+02:00' END,
                               'chef@sec.dk', 'ASSIGNED', 'konsulent@sec.dk'
                        FROM inquiry WHERE case_number IN ('H-2022-9001', 'H-2022-9002')
                          AND NOT EXISTS (SELECT 1 FROM inquiry_event e WHERE e.inquiry_id = inquiry.id)""").update();
    }

    private void submit(String text) {
        driver.findElement(By.xpath("//main//form//button[normalize-space()='" + text + "']"))
                .click();
    }

    /** The label of one choice of a radio group, found by the choice's value. */
    private WebElement label(String field, String value) {
        String id = driver.findElement(By.cssSelector("input[name=" + field + "][value=" + value + "]"))
                .getAttribute("id");
        return driver.findElement(By.cssSelector("label[for='" + id + "']"));
    }
}
