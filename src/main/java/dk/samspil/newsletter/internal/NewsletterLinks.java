package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The signed links of newsletter mails, each bound to its purpose: confirming a sign-up (the token's subject is the
 * sign-up), the preference centre (the person) and one-click unsubscribe from one list (person, list and campaign).
 */
@Component
class NewsletterLinks {

    static final String UNSUBSCRIBE_PATH = "/nyhedsbrev/afmeld";
    static final String PREFERENCES_PATH = "/nyhedsbrev/indstillinger";
    static final ConfirmLinks.Flow CONFIRM =
            new ConfirmLinks.Flow("newsletter.confirm", "/nyhedsbrev/bekraeft", "newsletter.confirm", "newsletter");
    static final String PREFERENCES_PURPOSE = "newsletter.preferences";
    static final String UNSUBSCRIBE_PURPOSE = "newsletter.unsubscribe";
    static final String CLICK_PATH = "/nyhedsbrev/link/";
    static final String CLICK_PURPOSE = "newsletter.click";

    /** What a one-click unsubscribe link names; {@code campaignId} 0 when it came from no campaign. */
    record Unsubscribe(long subscriberId, long listId, long campaignId) {}

    /** What a tracked link names: the campaign and the link's position among its links. */
    record Click(long campaignId, int position) {}

    private final SignedTokens tokens;
    private final ConfirmLinks confirmLinks;
    private final PlatformProperties platform;
    private final NewsletterProperties properties;
    private final String listIdDomain;

    NewsletterLinks(
            SignedTokens tokens,
            ConfirmLinks confirmLinks,
            PlatformProperties platform,
            NewsletterProperties properties) {
        this.tokens = tokens;
        this.confirmLinks = confirmLinks;
        this.platform = platform;
        this.properties = properties;
        this.listIdDomain = listIdDomain(platform.baseUrl());
    }

    String confirmUrl(long signupId) {
        return confirmLinks.url(CONFIRM, signupId, properties.confirmLinkValidity());
    }

    Optional<Long> signup(@Nullable String token) {
        return confirmLinks.id(CONFIRM, token);
    }

    String preferencesUrl(long subscriberId) {
        return link(
                PREFERENCES_PATH,
                tokens.create(PREFERENCES_PURPOSE, String.valueOf(subscriberId), properties.preferencesLinkValidity()));
    }

    Optional<Long> preferences(@Nullable String token) {
        return confirmLinks.id(PREFERENCES_PURPOSE, token);
    }

    String unsubscribeUrl(long subscriberId, long listId, long campaignId) {
        return link(
                UNSUBSCRIBE_PATH,
                tokens.create(
                        UNSUBSCRIBE_PURPOSE,
                        subscriberId + ":" + listId + ":" + campaignId,
                        properties.unsubscribeLinkValidity()));
    }

    Optional<Unsubscribe> unsubscribe(@Nullable String token) {
        return tokens.verify(UNSUBSCRIBE_PURPOSE, token).flatMap(subject -> {
            String[] parts = subject.split(":");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(
                        new Unsubscribe(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The signed redirect of a campaign's link (the same for every recipient: clicks are not counted per person). */
    String clickUrl(long campaignId, int position) {
        return platform.link(
                CLICK_PATH + tokens.create(CLICK_PURPOSE, campaignId + ":" + position, properties.clickLinkValidity()));
    }

    Optional<Click> click(@Nullable String token) {
        return tokens.verify(CLICK_PURPOSE, token).flatMap(subject -> {
            String[] parts = subject.split(":");
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Click(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code List-Unsubscribe} with the one-click URL and {@code List-Unsubscribe-Post} (RFC 8058). */
    Map<String, String> unsubscribeHeaders(long subscriberId, long listId, long campaignId) {
        return unsubscribeHeaders(unsubscribeUrl(subscriberId, listId, campaignId), listId);
    }

    /** The same headers for an unsubscribe URL made already. */
    Map<String, String> unsubscribeHeaders(String unsubscribeUrl, long listId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("List-Id", "<list-" + listId + "." + listIdDomain + ">");
        return headers;
    }

    private final java.util.concurrent.ConcurrentHashMap<Long, String> webUrls =
            new java.util.concurrent.ConcurrentHashMap<>();

    String webUrl(long campaignId) {
        return webUrls.computeIfAbsent(campaignId, this::makeWebUrl);
    }

    private String makeWebUrl(long campaignId) {
        return platform.link("/nyhedsbrev/arkiv/" + campaignId);
    }

    private static String listIdDomain(String baseUrl) {
        String host = java.net.URI.create(baseUrl).getHost();
        return host == null || host.isBlank() ? "samspil.local" : host;
    }

    private String link(String path, String token) {
        return platform.link(path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
