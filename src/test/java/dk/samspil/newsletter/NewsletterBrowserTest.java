package dk.samspil.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.Background;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.Http;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Done when: a company signs up to two lists, confirms once, receives a campaign sent to both lists once, and
 * unsubscribes from one list by the one-click header (a POST without cookies) while staying on the other. Every page
 * on the way is checked with axe-core and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NewsletterBrowserTest extends BrowserTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/nyhedsbrev/bekraeft\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompanySignsUpToTwoListsGetsOneMailAndLeavesOneListByOneClick() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String business = "Erhvervsnyt " + tag;
        String courses = "Kurser " + tag;
        String email = "nyhed-" + tag + "@example.dk";

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern");
        driver.findElement(By.cssSelector("a[href='/intern/nyhedsbreve']"));
        createList(business, "Nyt om erhvervslivet i kommunen, en gang om måneden.", true);
        createList(courses, "Kurser og arrangementer for virksomheder.", false);
        logOut();

        open("/nyhedsbrev");
        checkPage("newsletter-signup");
        driver.findElement(By.xpath("//label[normalize-space()='" + business + "']"))
                .click();
        driver.findElement(By.xpath("//label[normalize-space()='" + courses + "']"))
                .click();
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("cvr")).sendKeys("12345674");
        driver.findElement(By.xpath("//form[@action='/nyhedsbrev']//button[@type='submit']"))
                .click();
        waitForHeading("Tjek jeres indbakke");
        checkPage("newsletter-thanks");

        MimeMessage[] confirmation = TestSmtp.awaitMails(greenMail, email, 1);
        String confirmText = TestSmtp.text(confirmation[0]);
        assertThat(confirmText).contains(business, courses);
        Matcher confirm = CONFIRM.matcher(confirmText);
        assertThat(confirm.find()).isTrue();
        open(confirm.group(1));
        checkPage("newsletter-confirm");
        driver.findElement(By.xpath("//main//button[@type='submit']")).click();
        waitForHeading("Tilmeldingen er bekræftet");
        assertAccessible();
        assertThat(statuses(email)).containsExactly("ACTIVE", "ACTIVE");

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/nyhedsbreve/kampagner/ny");
        driver.findElement(By.id("subject")).sendKeys("Nyt fra erhvervscentret " + tag);
        driver.findElement(By.id("markdown"))
                .sendKeys("# Velkommen\n\nLæs om [kurserne](https://example.dk/kurser)."
                        + "\n\n<script>alert('x')</script>\n");
        driver.findElement(By.xpath("//label[normalize-space()='" + business + "']"))
                .click();
        driver.findElement(By.xpath("//label[normalize-space()='" + courses + "']"))
                .click();
        driver.findElement(By.xpath("//button[@name='preview']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
        assertThat(driver.findElements(By.cssSelector("article.samspil-newsletter script")))
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector("article.samspil-newsletter"))
                        .getText())
                .contains("<script>alert('x')</script>");
        checkPage("newsletter-campaign-form");
        driver.findElement(By.xpath("//main//button[normalize-space()='Gem nyhedsbrevet']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "gemt");
        driver.findElement(By.xpath("//main//button[normalize-space()='Send nu']"))
                .click();
        awaitText(By.cssSelector(".alert-success"), "sendt til 1 modtagere");
        checkPage("newsletter-campaign");

        TestSmtp.awaitMails(greenMail, email, 2);
        Background.awaitOutboxSent(jdbc, email);
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(email);
        assertThat(received)
                .as("the confirmation, and the campaign once though the address is on both lists")
                .hasSize(2);
        MimeMessage campaign = received[1];
        assertThat(campaign.getSubject()).isEqualTo("Nyt fra erhvervscentret " + tag);
        assertThat(TestSmtp.text(campaign))
                .contains(
                        "Afmeld " + business,
                        "Afmeld " + courses,
                        "/nyhedsbrev/indstillinger?token=",
                        "/nyhedsbrev/arkiv/");
        assertThat(campaign.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String header = campaign.getHeader("List-Unsubscribe", null);
        assertThat(header).startsWith("<http").endsWith(">");
        URI oneClick = URI.create(header.substring(1, header.length() - 1));
        String path = oneClick.getRawPath() + "?" + oneClick.getRawQuery();

        // the mail provider's POST: no cookie, no CSRF token, only the signed link
        HttpResponse<String> posted =
                new Http(port).post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(statusOn(email, business)).isEqualTo("UNSUBSCRIBED");
        assertThat(statusOn(email, courses)).isEqualTo("ACTIVE");

        long subscriber = jdbc.sql("SELECT id FROM alert_subscriber WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(Long.class)
                .single();
        open("/intern/nyhedsbreve/abonnenter/" + subscriber);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Afmeld med ét klik (mailprogram)", "Bekræftelseslink", "Tilmeldingsformular");
        checkPage("newsletter-subscriber");
        open("/intern/nyhedsbreve");
        checkPage("newsletter-staff");
        driver.findElement(By.cssSelector("main a[href='/intern/nyhedsbreve/spaerrede']"))
                .click();
        waitForHeading("Spærrede adresser");
        checkPage("newsletter-suppressions");
        logOut();

        open(oneClick.getRawPath() + "?" + oneClick.getRawQuery());
        checkPage("newsletter-unsubscribe");
        open("/nyhedsbrev/arkiv");
        driver.findElement(By.linkText("Nyt fra erhvervscentret " + tag)).click();
        waitForHeading("Nyt fra erhvervscentret " + tag);
        assertThat(driver.findElements(By.cssSelector("article.samspil-newsletter script")))
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector("article.samspil-newsletter h2"))
                        .getText())
                .isEqualTo("Velkommen");
        checkPage("newsletter-web-version");
    }

    private void createList(String name, String purpose, boolean first) {
        open("/intern/nyhedsbreve/lister/ny");
        if (first) {
            checkPage("newsletter-list-form");
        }
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("purpose")).sendKeys(purpose);
        driver.findElement(By.xpath("//main//button[@type='submit']")).click();
        waitForHeading(name);
        if (first) {
            checkPage("newsletter-list");
        }
    }

    private String[] statuses(String email) {
        return jdbc.sql("""
                        SELECT s.status FROM newsletter_subscription s JOIN alert_subscriber p ON p.id = s.subscriber_id
                        WHERE lower(p.email) = lower(:email) ORDER BY s.list_id""").param("email", email).query(String.class).list().toArray(String[]::new);
    }

    private String statusOn(String email, String list) {
        return jdbc.sql("""
                        SELECT s.status FROM newsletter_subscription s JOIN alert_subscriber p ON p.id = s.subscriber_id
                        JOIN newsletter_list l ON l.id = s.list_id
                        WHERE lower(p.email) = lower(:email) AND l.name = :list""")
                .param("email", email)
                .param("list", list)
                .query(String.class)
                .single();
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }
}
