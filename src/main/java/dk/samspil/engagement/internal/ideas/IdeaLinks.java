package dk.samspil.engagement.internal.ideas;

import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The submitter's signed link to see and delete their idea; it dies with the idea. */
@Component
class IdeaLinks {

    static final String PURPOSE = "engagement.idea";

    private final SignedTokens tokens;
    private final ConfirmLinks confirmLinks;
    private final PlatformProperties platform;
    private final IdeasProperties properties;

    IdeaLinks(SignedTokens tokens, PlatformProperties platform, IdeasProperties properties, ConfirmLinks confirmLinks) {
        this.confirmLinks = confirmLinks;
        this.tokens = tokens;
        this.platform = platform;
        this.properties = properties;
    }

    String manageUrl(long ideaId) {
        String token = tokens.create(PURPOSE, String.valueOf(ideaId), properties.manageLinkValidity());
        return platform.link("/opi/ideer/mine?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    Optional<Long> ideaId(String token) {
        return confirmLinks.id(PURPOSE, token);
    }
}
