package dk.samspil.engagement.internal.interest;

import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The signed links of an interest: confirm it, and the personal page (a magic link: whoever holds it may see the
 * partner list and withdraw). The subject is the interest id; a withdrawn interest is gone, so its links die with it.
 */
@Component
class InterestLinks {

    static final String CONFIRM_PURPOSE = "engagement.interest.confirm";
    static final ConfirmLinks.Flow CONFIRM =
            new ConfirmLinks.Flow(CONFIRM_PURPOSE, "/interesse/bekraeft", "engagement.interest.confirm", "pipeline");
    static final String PAGE_PURPOSE = "engagement.interest.page";

    private final SignedTokens tokens;
    private final ConfirmLinks confirmLinks;
    private final PlatformProperties platform;
    private final InterestProperties properties;

    InterestLinks(
            SignedTokens tokens,
            ConfirmLinks confirmLinks,
            PlatformProperties platform,
            InterestProperties properties) {
        this.tokens = tokens;
        this.confirmLinks = confirmLinks;
        this.platform = platform;
        this.properties = properties;
    }

    String confirmUrl(long interestId) {
        return confirmLinks.url(CONFIRM, interestId, properties.confirmLinkValidity());
    }

    String pageToken(long interestId) {
        return tokens.create(PAGE_PURPOSE, String.valueOf(interestId), properties.pageLinkValidity());
    }

    String pageUrl(long interestId) {
        return platform.link("/interesse/" + pageToken(interestId));
    }

    Optional<Long> page(String token) {
        return confirmLinks.id(PAGE_PURPOSE, token);
    }
}
