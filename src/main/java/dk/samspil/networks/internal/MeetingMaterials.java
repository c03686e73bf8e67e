package dk.samspil.networks.internal;

import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The members' link to a meeting's minutes and documents, sent in the minutes mail: signed for that meeting only and
 * valid for a year, so members need no login and nobody can guess another meeting's link.
 */
@Component
class MeetingMaterials {

    static final String PATH = PublicNetworkController.HOME + "/moede";
    private static final String PURPOSE = "networks.materials";
    private static final Duration VALIDITY = Duration.ofDays(365);

    private final SignedTokens tokens;
    private final PlatformProperties platform;

    MeetingMaterials(SignedTokens tokens, PlatformProperties platform) {
        this.tokens = tokens;
        this.platform = platform;
    }

    String token(long meetingId) {
        return tokens.create(PURPOSE, String.valueOf(meetingId), VALIDITY);
    }

    String link(long meetingId) {
        return platform.link(PATH + "?t=" + token(meetingId));
    }

    /** The meeting the token was made for, if it is genuine and has not expired. */
    Optional<Long> meetingId(@Nullable String token) {
        return tokens.verify(PURPOSE, token)
                .filter(s -> s.matches("[0-9]{1,18}"))
                .map(Long::parseLong);
    }
}
