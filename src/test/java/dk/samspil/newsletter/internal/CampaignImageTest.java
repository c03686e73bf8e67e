package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dk.samspil.platform.Roles;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Images uploaded from the campaign editor: checked by their content (a "PNG" that is not one is refused in Danish),
 * the alternative text required, the editor's text kept, and the image served to anyone with a long cache header.
 */
class CampaignImageTest extends IntegrationTest {

    /** A 1×1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static final Pattern SNIPPET = Pattern.compile("!\\[(.*?)\\]\\((/nyhedsbrev/billeder/[0-9a-f-]{36})\\)");

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClickTracking clicks;

    @LocalServerPort
    int port;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void anUploadedImageGivesItsSnippetKeepsTheTextAndIsServedPubliclyWithALongCache() throws Exception {
        MockHttpServletResponse page =
                upload(new MockMultipartFile("image", "havn.png", "image/png", PNG), "Havnen i Korsør [sommer]");
        assertThat(page.getStatus()).isEqualTo(200);
        String body = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .as("the text written so far is kept")
                .contains("Nyt fra havnen", "Teksten skrevet indtil nu")
                .contains("Billedet er uploadet.");
        Matcher snippet = SNIPPET.matcher(body);
        assertThat(snippet.find()).as("the snippet in %s", body).isTrue();
        assertThat(snippet.group(1)).isEqualTo("Havnen i Korsør \\[sommer\\]");

        HttpResponse<byte[]> image = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(new Http(port).uri(snippet.group(2)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(image.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aFileThatOnlyCallsItselfAnImageIsRefusedInDanishAndNothingIsKept() throws Exception {
        long before = images();
        MockHttpServletResponse page = upload(
                new MockMultipartFile(
                        "image", "falsk.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)),
                "Et falsk billede");
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Filen er ikke et billede i PNG, JPEG, GIF eller WebP.")
                .contains("Teksten skrevet indtil nu");
        assertThat(images()).isEqualTo(before);
    }

    @Test
    void theImageTextIsRequiredAndTheSizeLimited() throws Exception {
        long before = images();
        MockHttpServletResponse noAlt = upload(new MockMultipartFile("image", "havn.png", "image/png", PNG), " ");
        assertThat(noAlt.getStatus()).isEqualTo(422);
        assertThat(noAlt.getContentAsString(StandardCharsets.UTF_8))
                .contains("Skriv en billedtekst, der beskriver billedet.");

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        MockHttpServletResponse tooLarge =
                upload(new MockMultipartFile("image", "stor.png", "image/png", huge), "Et stort billede");
        assertThat(tooLarge.getStatus()).isEqualTo(422);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8))
                .contains("Billedet er for stort. Vælg et billede på højst 5 MB.");

        MockHttpServletResponse noFile = upload(null, "Intet billede");
        assertThat(noFile.getStatus()).isEqualTo(422);
        assertThat(noFile.getContentAsString(StandardCharsets.UTF_8)).contains("Vælg billedfilen, du vil uploade.");
        assertThat(images()).isEqualTo(before);
    }

    @Test
    void anUploadFarOverTheLimitIsTurnedAwayBeforeItIsReadWithTheDanishMessage() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> redirected = http.post(
                StaffNewsletterController.IMAGE_UPLOAD,
                "multipart/form-data; boundary=x",
                "--x\r\n" + "x".repeat(7 * 1024 * 1024));
        assertThat(redirected.statusCode()).isEqualTo(303);
        assertThat(redirected.headers().firstValue("Location").orElseThrow())
                .endsWith("/intern/nyhedsbreve/kampagner/ny?fejl=stor");
        MockHttpServletResponse page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        StaffNewsletterController.NEW_CAMPAIGN + "?fejl=stor")
                                .with(user("billeder@example.dk").roles(Roles.CONSULTANT))
                                .header("Accept-Language", "da"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(413);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Billedet er for stort. Vælg et billede på højst 5 MB.");
    }

    @Test
    void anUnknownImageIsNotFound() {
        Http http = new Http(port);
        assertThat(http.get(CampaignImages.PATH + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(http.get(CampaignImages.PATH + "ikke-et-id").statusCode()).isEqualTo(404);
    }

    /** The click-tracking setting lives on the newsletter page, for administrators; it is off until one turns it on. */
    @Test
    void anAdministratorTurnsClickTrackingOnAndOffOnTheNewsletterPage() throws Exception {
        var admin = user("admin-klik@example.dk").roles(Roles.ADMIN);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                StaffNewsletterController.BASE)
                        .with(admin)
                        .header("Accept-Language", "da"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Klik-sporing er slået fra", "Slå klik-sporing til");
        try {
            MockHttpServletResponse on = mvc.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                            StaffNewsletterController.BASE + StaffNewsletterController.CLICK_TRACKING)
                                    .param("clickTracking", "on")
                                    .with(csrf())
                                    .with(admin))
                    .andReturn()
                    .getResponse();
            assertThat(on.getRedirectedUrl()).isEqualTo(StaffNewsletterController.BASE);
            assertThat(clicks.enabled()).isTrue();
            MockHttpServletResponse unclear = mvc.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                            StaffNewsletterController.BASE + StaffNewsletterController.CLICK_TRACKING)
                                    .param("clickTracking", "maybe")
                                    .with(csrf())
                                    .with(admin)
                                    .header("Accept-Language", "da"))
                    .andReturn()
                    .getResponse();
            assertThat(unclear.getStatus()).isEqualTo(422);
            assertThat(unclear.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Vælg, om klik-sporing skal være slået til eller fra.");
            assertThat(clicks.enabled()).isTrue();
        } finally {
            clicks.setEnabled(false, "admin-klik@example.dk");
        }
        String consultantPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                StaffNewsletterController.BASE)
                        .with(user("konsulent-klik@example.dk").roles(Roles.CONSULTANT))
                        .header("Accept-Language", "da"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(consultantPage).doesNotContain("Slå klik-sporing til");
    }

    private MockHttpServletResponse upload(MockMultipartFile file, String alt) throws Exception {
        var request = multipart(StaffNewsletterController.IMAGE_UPLOAD)
                .param("subject", "Nyt fra havnen")
                .param("markdown", "Teksten skrevet indtil nu")
                .param("imageAlt", alt)
                .with(csrf())
                .with(user("billeder@example.dk").roles(Roles.CONSULTANT))
                .header("Accept-Language", "da");
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long images() {
        return jdbc.sql("SELECT count(*) FROM newsletter_image")
                .query(Long.class)
                .single();
    }
}
