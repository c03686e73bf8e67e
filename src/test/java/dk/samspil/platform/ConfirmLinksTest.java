package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class ConfirmLinksTest {

    private static final ConfirmLinks.Flow ALERTS =
            new ConfirmLinks.Flow("alerts.confirm", "/varsling/bekraeft", "alerts.confirm", "alerts");
    private static final ConfirmLinks.Flow INTEREST = new ConfirmLinks.Flow(
            "engagement.interest.confirm", "/interesse/bekraeft", "engagement.interest.confirm", "pipeline");

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private final ConfirmLinks links = new ConfirmLinks(
            new SignedTokens(() -> "a-test-secret".getBytes(StandardCharsets.UTF_8), clock),
            new PlatformProperties(
                    "https://samspil.example/", "./data", null, null, null, null, null, null, null, null));

    @Test
    void theMailedLinkLeadsToTheFlowsPathAndGivesBackTheId() {
        String url = links.url(ALERTS, 42, Duration.ofDays(7));

        assertThat(url).startsWith("https://samspil.example/varsling/bekraeft?token=");
        assertThat(links.id(ALERTS, token(url))).contains(42L);
    }

    @Test
    void aLinkOfOneFlowConfirmsNothingInAnother() {
        String token = token(links.url(ALERTS, 42, Duration.ofDays(7)));

        assertThat(links.id(INTEREST, token)).isEmpty();
        assertThat(links.id(ALERTS, token + "x")).isEmpty();
        assertThat(links.id(ALERTS, null)).isEmpty();
    }

    @Test
    void openingTheLinkShowsTheButtonOfTheFlowAndABadLinkShowsNothing() {
        String token = token(links.url(INTEREST, 7, Duration.ofDays(1)));
        ExtendedModelMap model = new ExtendedModelMap();

        assertThat(links.page(INTEREST, token, model)).contains(ConfirmLinks.VIEW);
        assertThat(model)
                .containsEntry("confirmFlow", INTEREST)
                .containsEntry("token", token)
                .containsEntry("navSection", "pipeline");

        ExtendedModelMap refused = new ExtendedModelMap();
        assertThat(links.page(ALERTS, token, refused)).isEmpty();
        assertThat(refused).isEmpty();
    }

    private static String token(String url) {
        return URLDecoder.decode(url.substring(url.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }
}
