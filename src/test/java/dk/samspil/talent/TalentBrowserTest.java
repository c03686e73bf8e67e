package dk.samspil.talent;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.TestCompanies;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Issue 18's walk: a company posts an internship through the magic link, a consultant approves it, a student finds
 * it by a word of its description, applies with a PDF, the company opens the application from the e-mail link and
 * marks "hired"; the count appears in the outcome figures. Every page is checked with axe-core and photographed.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.demo.enabled=true")
class TalentBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/studiejob/\\S+)");

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
    void companyPostsConsultantApprovesStudentAppliesCompanyHires() throws Exception {
        String company = "Robotik " + UUID.randomUUID().toString().substring(0, 6) + " ApS";
        String cvr = TestCompanies.insert(jdbc, clock, company, "Fremstilling af robotter");
        String title =
                "Praktik i lagerautomatisering " + UUID.randomUUID().toString().substring(0, 6);
        String companyMail = "praktik-" + UUID.randomUUID() + "@example.dk";
        String studentMail = "student-" + UUID.randomUUID() + "@example.dk";
        long hiredBefore = hiredInIt();

        // the company finds the form from the public page and posts
        open("/studiejob");
        awaitText(By.tagName("h1"), "Studiejob, praktik og projekter");
        assertThat(driver.findElement(By.cssSelector("header")).getText()).contains("Studiejob og praktik");
        driver.findElement(By.linkText("Slå et opslag op")).click();
        awaitText(By.tagName("h1"), "Slå et opslag op");
        checkPage("talent-post-form");
        driver.findElement(By.id("cvr")).sendKeys(cvr);
        driver.findElement(By.id("contactName")).sendKeys("Kim Nielsen");
        driver.findElement(By.id("contactEmail")).sendKeys(companyMail);
        driver.findElement(By.cssSelector("label[for='kind-INTERNSHIP']")).click();
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("description"))
                .sendKeys("Du programmerer vores lagerrobotter og hjælper med at teste dem i produktionen.");
        driver.findElement(By.cssSelector("label[for='fields']")).click(); // the first field: IT
        driver.findElement(By.id("place")).sendKeys("Slagelse");
        setDate("periodStart", LocalDate.now(clock).plusMonths(2));
        setDate("periodEnd", LocalDate.now(clock).plusMonths(5));
        setDate("deadline", LocalDate.now(clock).plusDays(30));
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Send opslaget')]"))
                .click();
        awaitText(By.tagName("h1"), "Tjek jeres e-mail");
        checkPage("talent-posted");

        // the magic link: GET shows a button, POST confirms
        open(link(mail(companyMail, 1, "Bekræft jeres opslag"), "/studiejob/opslag/bekraeft"));
        awaitText(By.tagName("h1"), "Bekræft opslaget");
        checkPage("talent-confirm");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Bekræft opslaget')]"))
                .click();
        awaitText(By.tagName("h1"), "Opslaget er bekræftet");

        // not public before a consultant approves
        open("/studiejob?q=lagerrobot");
        assertThat(driver.findElement(By.id("results")).getText()).doesNotContain(title);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern");
        assertThat(driver.findElements(By.cssSelector("a[href='/intern/talent']")))
                .as("reachable from /intern")
                .isNotEmpty();
        open("/intern/talent");
        awaitText(By.tagName("h1"), "Talentbroen");
        checkPage("talent-staff-list");
        driver.findElement(By.linkText(title)).click();
        awaitText(By.tagName("h1"), title);
        checkPage("talent-staff-detail");
        driver.findElement(By.xpath("//button[contains(., 'Godkend og offentliggør')]"))
                .click();
        awaitText(By.id("status"), "Offentliggjort");
        logOut();

        // the student finds it by an inflected word of the description (lagerrobotter → lagerrobot)
        open("/studiejob");
        driver.findElement(By.id("q")).sendKeys("lagerrobot");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Søg')]"))
                .click();
        awaitText(By.id("results"), title);
        checkPage("talent-search");
        driver.findElement(By.linkText(title)).click();
        awaitText(By.tagName("h1"), title);
        checkPage("talent-opportunity");
        driver.findElement(By.id("name")).sendKeys("Sara Jensen");
        driver.findElement(By.id("email")).sendKeys(studentMail);
        driver.findElement(By.id("message")).sendKeys("Jeg læser datamatiker og vil gerne arbejde med robotter.");
        Path cv = Files.createTempFile("cv", ".pdf");
        Files.write(
                cv,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        driver.findElement(By.id("cv")).sendKeys(cv.toString());
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Send ansøgningen')]"))
                .click();
        awaitText(By.tagName("h1"), "Ansøgningen er sendt");
        checkPage("talent-applied");
        assertThat(TestSmtp.text(mail(studentMail, 1, "Kvittering"))).contains("/studiejob/ansoegning/tilbagetraek");

        // the company opens the application from the mail: a link, never the CV as an attachment
        MimeMessage application = mail(companyMail, 3, "Ny ansøgning");
        assertThat(application.isMimeType("multipart/mixed"))
                .as("the application mail has no attachment")
                .isFalse();
        open(link(application, "/studiejob/ansoegning"));
        awaitText(By.tagName("h1"), "Ansøgning");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sara Jensen", studentMail);
        checkPage("talent-application");
        driver.findElement(By.cssSelector("label[for='status-HIRED']")).click();
        driver.findElement(By.xpath("//button[contains(., 'Gem og giv den studerende besked')]"))
                .click();
        awaitText(By.id("status"), "Ansat");
        assertThat(TestSmtp.text(mail(studentMail, 2, "Nyt om din ansøgning"))).contains("Ansat");

        // the stored CV is encrypted, not the PDF's bytes
        byte[] stored = jdbc.sql("SELECT cv_encrypted FROM talent_application WHERE email = :email")
                .param("email", studentMail)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");

        loginAs("management@demo.samspil.dk", "demo-management-2026");
        open("/intern/talent/tal");
        awaitText(By.tagName("h1"), "Talentbroens tal");
        checkPage("talent-figures");
        assertThat(hiredInIt()).isEqualTo(hiredBefore + 1);
        assertThat(driver.findElement(
                                By.xpath("//table[@id='figures-field']//tr[th[normalize-space()='IT og data']]/td[1]"))
                        .getText())
                .isEqualTo(String.valueOf(hiredBefore + 1));
        logOut();
    }

    @Test
    void consultantAsksForChangesAndTheCompanyEditsThroughTheMailedLink() throws Exception {
        String cvr = CvrNumbers.random();
        jdbc.sql("INSERT INTO company (cvr, name, created_at, updated_at) VALUES (:cvr, 'Rettelse ApS', :now, :now)")
                .param("cvr", cvr)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        String contact = "ret-" + UUID.randomUUID() + "@example.dk";
        String title =
                "Studiejob i kundeservice " + UUID.randomUUID().toString().substring(0, 6);
        long id = jdbc.sql("""
                        INSERT INTO talent_opportunity (company_cvr, company_name, company_known, kind, title,
                            description, fields, place, period_start, period_end, paid, deadline, contact_name,
                            contact_email, status, created_at)
                        VALUES (:cvr, 'Rettelse ApS', true, 'STUDENT_JOB', :title, 'Du svarer kunderne.', '{BUSINESS}',
                            'Slagelse', :start, :end, true, :deadline, 'Kim', :contact, 'PENDING', :now)
                        RETURNING id""")
                .param("cvr", cvr)
                .param("title", title)
                .param("start", LocalDate.now(clock).plusDays(30))
                .param("end", LocalDate.now(clock).plusDays(120))
                .param("deadline", LocalDate.now(clock).plusDays(20))
                .param("contact", contact)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/talent/" + id);
        awaitText(By.tagName("h1"), title);
        driver.findElement(By.id("message")).sendKeys("Skriv, hvor mange timer om ugen jobbet er.");
        driver.findElement(By.xpath("//button[contains(., 'Bed om ændringer')]"))
                .click();
        awaitText(By.id("status"), "Ændringer ønsket");
        logOut();

        open(link(mail(contact, 1, "Ret venligst jeres opslag"), "/studiejob/opslag/ret"));
        awaitText(By.tagName("h1"), "Ret jeres opslag");
        assertThat(driver.findElement(By.id("moderation-message")).getText())
                .isEqualTo("Skriv, hvor mange timer om ugen jobbet er.");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        checkPage("talent-edit-form");
        // the language switch keeps the edit link's token (LanguageSwitchBrowserTest lists this page as visited here)
        String editUrl = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".language-switcher a[lang='en']")).click();
        awaitText(By.tagName("h1"), "Edit your opportunity");
        assertThat(driver.getCurrentUrl()).startsWith(editUrl).endsWith("lang=en");
        driver.findElement(By.cssSelector(".language-switcher a[lang='da']")).click();
        awaitText(By.tagName("h1"), "Ret jeres opslag");
        driver.findElement(By.id("hoursPerWeek")).sendKeys("12");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Gem og send til godkendelse')]"))
                .click();
        awaitText(By.tagName("h1"), "Opslaget er sendt til godkendelse igen");
        checkPage("talent-edited");
        assertThat(jdbc.sql("SELECT status || ' ' || hours_per_week FROM talent_opportunity WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING 12");
    }

    @Test
    void anInstitutionSeesItsOpportunitiesAndACompanyAnswersItsProjectWish() throws Exception {
        jdbc.sql("DELETE FROM talent_institution WHERE name = 'Zealand Business College'")
                .update();
        jdbc.sql("DELETE FROM talent_institution_member WHERE lower(email) = 'institution@demo.samspil.dk'")
                .update();
        String opportunity =
                "Praktik i eventplanlægning " + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                        INSERT INTO talent_opportunity (company_cvr, company_name, company_known, kind, title,
                            description, fields, place, period_start, period_end, paid, deadline, contact_name,
                            contact_email, status, created_at, published_at)
                        VALUES (:cvr, 'Event ApS', true, 'INTERNSHIP', :title, 'Du planlægger koncerter.',
                            '{TOURISM}', 'Slagelse', :start, :end, false, :deadline, 'Kim', 'kim@example.dk',
                            'PUBLISHED', :now, :now)""")
                .param("cvr", CvrNumbers.random())
                .param("title", opportunity)
                .param("start", LocalDate.now(clock).plusDays(30))
                .param("end", LocalDate.now(clock).plusDays(120))
                .param("deadline", LocalDate.now(clock).plusDays(20))
                .param("now", Timestamp.from(clock.instant()))
                .update();

        // a consultant adds the institution with its fields and its user
        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/talent");
        driver.findElement(By.linkText("Uddannelsesinstitutioner")).click();
        awaitText(By.tagName("h1"), "Uddannelsesinstitutioner");
        driver.findElement(By.linkText("Tilføj en institution")).click();
        awaitText(By.tagName("h1"), "Uddannelsesinstitution");
        checkPage("talent-institution-form");
        new Select(driver.findElement(By.id("name"))).selectByVisibleText("Zealand Business College");
        driver.findElement(By.cssSelector("label[for='fields-TOURISM']")).click();
        driver.findElement(By.id("members")).sendKeys("institution@demo.samspil.dk");
        driver.findElement(By.xpath("//button[contains(., 'Gem institutionen')]"))
                .click();
        awaitText(By.id("institutions"), "Zealand Business College");
        checkPage("talent-institutions");
        logOut();

        // the institution's user finds its page from the start page and posts a project wish
        loginAs("institution@demo.samspil.dk", "demo-institution-2026");
        open("/intern");
        assertThat(driver.findElements(By.cssSelector("a[href='/intern/uddannelse']")))
                .as("reachable from /intern")
                .isNotEmpty();
        open("/intern/uddannelse");
        awaitText(By.tagName("h1"), "Zealand Business College");
        assertThat(driver.findElement(By.id("opportunities")).getText()).contains(opportunity);
        assertThat(driver.findElement(By.id("share-links")).getText()).contains("/studiejob?fag=TOURISM");
        checkPage("talent-institution");
        driver.findElement(By.linkText("Slå et projektønske op")).click();
        awaitText(By.tagName("h1"), "Slå et projektønske op");
        checkPage("talent-wish-form");
        String wish =
                "10-ugers projekt om festivaler " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("title")).sendKeys(wish);
        driver.findElement(By.id("description")).sendKeys("Tre studerende undersøger festivalernes gæster.");
        driver.findElement(By.cssSelector("label[for='fields-TOURISM']")).click();
        driver.findElement(By.id("weeks")).sendKeys("10");
        setDate("periodStart", LocalDate.now(clock).plusMonths(2));
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Slå ønsket op')]"))
                .click();
        awaitText(By.id("wishes"), wish);
        logOut();

        // a company finds the wish from the students' page and answers
        open("/studiejob");
        driver.findElement(By.linkText("Studerende søger virksomheder til projekter"))
                .click();
        awaitText(By.id("wishes"), wish);
        checkPage("talent-wishes");
        driver.findElement(By.linkText(wish)).click();
        awaitText(By.tagName("h1"), wish);
        checkPage("talent-wish");
        driver.findElement(By.id("companyName")).sendKeys("Festival ApS");
        driver.findElement(By.id("contactName")).sendKeys("Mette Madsen");
        driver.findElement(By.id("email")).sendKeys("mette-" + UUID.randomUUID() + "@example.dk");
        driver.findElement(By.id("message")).sendKeys("Vi har data fra tre års festivaler.");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Send svaret')]"))
                .click();
        awaitText(By.tagName("h1"), "Svaret er sendt");
        assertThat(TestSmtp.text(mail("institution@demo.samspil.dk", 1, "Svar på jeres projektønske")))
                .contains("Festival ApS", "/intern/uddannelse/projektoensker/");

        // the institution reads the answer and closes the wish
        loginAs("institution@demo.samspil.dk", "demo-institution-2026");
        open("/intern/uddannelse");
        driver.findElement(By.linkText(wish)).click();
        awaitText(By.id("answers"), "Festival ApS");
        checkPage("talent-wish-answers");
        driver.findElement(By.xpath("//button[contains(., 'Luk ønsket')]")).click();
        awaitText(By.id("wish-status"), "Lukket");
        logOut();

        // the front page shows the newest opportunities with a link to the search
        open("/");
        awaitText(By.id("front-talent"), opportunity);
        checkPage("talent-front");
    }

    private long hiredInIt() {
        return jdbc.sql("""
                        SELECT count(*) FROM talent_application a JOIN talent_opportunity o ON o.id = a.opportunity_id
                        WHERE a.status = 'HIRED' AND 'IT' = ANY (o.fields)""").query(Long.class).single();
    }

    private void setDate(String id, LocalDate date) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    /** The mail to {@code email} whose subject starts with {@code subject}, once {@code count} have come. */
    private static MimeMessage mail(String email, int count, String subject) {
        return TestSmtp.awaitMail(greenMail, email, count, subject);
    }

    private static String link(MimeMessage mail, String prefix) throws Exception {
        Matcher matcher = LINK.matcher(TestSmtp.text(mail));
        while (matcher.find()) {
            if (matcher.group(1).startsWith(prefix + "?")) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no link " + prefix + " in the mail");
    }
}
