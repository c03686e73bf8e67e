package dk.samspil.engagement.internal.interest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;

/**
 * The signed links of an interest: confirm it, and the personal page (a magic link: whoever holds it may see the
 * partner list and withdraw). The subject is the interest id; a withdrawn interest is gone, so its links die with it.
 */
@Component
class InterestLinks {

    static final String CONFIRM_PURPOSE = "engagement.interest.confirm";
    static final String PAGE_PURPOSE = "engagement.interest.page";

    private final SignedTokens tokens;
    private final PlatformProperties platform;
    private final InterestProperties properties;

    InterestLinks(SignedTokens tokens, PlatformProperties platform, InterestProperties properties) {
        this.tokens = tokens;
        this.platform = platform;
        this.properties = properties;
    }

    String confirmUrl(long interestId) {
        String token = tokens.create(CONFIRM_PURPOSE, String.valueOf(interestId), properties.confirmLinkValidity());
        return platform.link("/interesse/bekraeft?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    String pageToken(long interestId) {
        return tokens.create(PAGE_PURPOSE, String.valueOf(interestId), properties.pageLinkValidity());
    }

    String pageUrl(long interestId) {
        return platform.link("/interesse/" + pageToken(interestId));
    }

    Optional<Long> confirmed(String token) {
        return tokens.verify(CONFIRM_PURPOSE, token).flatMap(InterestLinks::id);
    }

    Optional<Long> page(String token) {
        return tokens.verify(PAGE_PURPOSE, token).flatMap(InterestLinks::id);
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
