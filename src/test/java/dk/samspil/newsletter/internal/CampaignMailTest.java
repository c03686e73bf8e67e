package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A campaign mail as it leaves over SMTP: a plain-text part and an HTML part rendered from the Markdown (headings,
 * links, lists, images made absolute) in the mail's branded frame, with raw HTML escaped.
 */
class CampaignMailTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    NewsletterSubscriptions subscriptions;

    @Autowired
    NewsletterLists lists;

    @Autowired
    Campaigns campaigns;

    @Autowired
    PlatformProperties platform;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClickTracking clicks;

    @Autowired
    NewsletterLinks links;

    @LocalServerPort
    int port;

    static final String MARKDOWN = """
            # Nyt fra erhvervscentret

            Læs [programmet](https://example.dk/program) og se billedet:

            ![Havnen i Korsør](/nyhedsbrev/billeder/00000000-0000-0000-0000-000000000001)

            - første punkt
            - andet punkt

            <script>alert('hej')</script>
            """;

    @Test
    void theMailHasAPlainTextAndAnHtmlPartRenderedFromTheMarkdownWithRawHtmlEscaped() throws Exception {
        long list = list("Html");
        String email = unique("html");
        subscriptions.signUp(signUp(email, list));
        long campaign = campaigns.create(
                new Campaigns.Draft("Nyt i december", MARKDOWN, List.of(list), null, null), "consultant@test.dk");
        campaigns.send(campaign);

        MimeMessage mail = TestSmtp.awaitMails(greenMail, email, 1)[0];
        Multipart alternative = alternative(mail);
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();

        String text = TestSmtp.text(mail);
        assertThat(text).contains("# Nyt fra erhvervscentret", "[programmet](https://example.dk/program)");

        String html = TestSmtp.html(mail);
        assertThat(html)
                .contains(
                        "<h2>Nyt fra erhvervscentret</h2>",
                        "<a rel=\"nofollow\" href=\"https://example.dk/program\">programmet</a>",
                        "<li>første punkt</li>",
                        "<img src=\"" + platform.link("/nyhedsbrev/billeder/00000000-0000-0000-0000-000000000001")
                                + "\" alt=\"Havnen i Korsør\" style=\"" + CampaignMarkdown.IMAGE_STYLE + "\"",
                        "&lt;script&gt;alert(")
                .doesNotContain("<script")
                .as("the footer: why, unsubscribe and preferences as links")
                .contains("/nyhedsbrev/afmeld?token=", "/nyhedsbrev/indstillinger?token=", "I får denne mail");
        assertThat(html).as("in the branded frame of every mail").contains("<!DOCTYPE html>", "max-width:640px");
    }

    @Test
    void aLinkThatIsNeverClosedStaysText() throws Exception {
        CampaignMarkdown markdown = new CampaignMarkdown(platform);
        assertThat(markdown.hasUnclosedLink("Se [her](https://example.dk")).isTrue();
        assertThat(markdown.html("Se [her](https://example.dk"))
                .doesNotContain("<a ")
                .contains("[her](https://example.dk");
    }

    @Test
    void theWebVersionShowsTheSameRenderedText() {
        long list = list("Web");
        String email = unique("web");
        subscriptions.signUp(signUp(email, list));
        long campaign = campaigns.create(
                new Campaigns.Draft("Web-udgaven", MARKDOWN, List.of(list), null, null), "consultant@test.dk");
        campaigns.send(campaign);

        HttpResponse<String> page = new Http(port).get("/nyhedsbrev/arkiv/" + campaign);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h2>Nyt fra erhvervscentret</h2>",
                        "<img src=\"/nyhedsbrev/billeder/00000000-0000-0000-0000-000000000001\" alt=\"Havnen i Korsør\"",
                        "&lt;script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void withClickTrackingOnTheMailsLinksGoThroughASignedRedirectThatCountsAndRefusesForgedLinks() throws Exception {
        assertThat(clicks.enabled()).as("off by default").isFalse();
        clicks.setEnabled(true, "admin@test.dk");
        try {
            long list = list("Klik");
            String email = unique("klik");
            subscriptions.signUp(signUp(email, list));
            long campaign = campaigns.create(
                    new Campaigns.Draft(
                            "Klik her",
                            MARKDOWN
                                    + "\n[Skriv til os](mailto:info@example.dk) og [programmet igen](https://example.dk/program)",
                            List.of(list),
                            null,
                            null),
                    "consultant@test.dk");
            campaigns.send(campaign);

            String html = TestSmtp.html(TestSmtp.awaitMails(greenMail, email, 1)[0]);
            java.util.regex.Matcher tracked = java.util.regex.Pattern.compile("<a rel=\"nofollow\" href=\"("
                            + java.util.regex.Pattern.quote(platform.link("/nyhedsbrev/link/"))
                            + "[^\"]+)\">programmet</a>")
                    .matcher(html);
            assertThat(tracked.find()).as("a tracked link in %s", html).isTrue();
            assertThat(html)
                    .doesNotContain("href=\"https://example.dk/program\"")
                    .as("the same address twice is one tracked link")
                    .contains("href=\"" + tracked.group(1) + "\">programmet igen</a>")
                    .as("mail addresses and images are not tracked")
                    .contains(
                            "href=\"mailto:info@example.dk\"", "<img src=\"" + platform.link("/nyhedsbrev/billeder/"));

            Http http = new Http(port);
            String path = java.net.URI.create(tracked.group(1)).getRawPath();
            HttpResponse<String> redirect = http.get(path);
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location")).contains("https://example.dk/program");
            http.get(path);
            assertThat(clicks.clicks(campaign)).singleElement().satisfies(link -> {
                assertThat(link.url()).isEqualTo("https://example.dk/program");
                assertThat(link.clicks()).isEqualTo(2);
            });
            assertThat(campaigns.figures(campaign).clicks()).isEqualTo(2);

            // forged: another purpose's token, a changed signature, a signed link the campaign does not have
            String preferences = links.preferencesUrl(1);
            String otherPurpose = preferences.substring(preferences.indexOf("token=") + 6);
            String token = path.substring(path.lastIndexOf('/') + 1);
            String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
            String noSuchLink = java.net.URI.create(links.clickUrl(campaign, 7)).getRawPath();
            for (String forged :
                    List.of("/nyhedsbrev/link/" + otherPurpose, "/nyhedsbrev/link/" + tampered, noSuchLink)) {
                HttpResponse<String> refused = http.get(forged);
                assertThat(refused.statusCode()).as(forged).isEqualTo(400);
                assertThat(refused.body()).contains("Linket virker ikke");
                assertThat(refused.headers().firstValue("Location")).isEmpty();
            }
            assertThat(clicks.clicks(campaign).get(0).clicks()).isEqualTo(2);

            assertThat(http.get("/nyhedsbrev/arkiv/" + campaign).body())
                    .as("the web version links straight to the address")
                    .contains("href=\"https://example.dk/program\"")
                    .doesNotContain("/nyhedsbrev/link/");
        } finally {
            clicks.setEnabled(false, "admin@test.dk");
        }
    }

    private static Multipart alternative(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        while (content instanceof Multipart multipart
                && !multipart.getContentType().startsWith("multipart/alternative")) {
            content = multipart.getBodyPart(0).getContent();
        }
        return (Multipart) content;
    }

    long list(String name) {
        return lists.create(new NewsletterLists.NewList(
                name + " " + UUID.randomUUID(), "Formålet med " + name, MailingList.Visibility.PUBLIC, false, false));
    }

    static NewsletterSubscriptions.SignUp signUp(String email, Long... listIds) {
        return new NewsletterSubscriptions.SignUp(
                email,
                null,
                null,
                List.of(listIds),
                "da",
                NewsletterSubscriptions.Method.WEB_FORM,
                "/nyhedsbrev",
                "203.0.113.5",
                true);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}
