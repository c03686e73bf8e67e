package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.SignedTokens;
import dk.samspil.platform.StaffDirectory;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A staff member's personal token for the wheel's iCalendar feed, for calendar clients that cannot log in: signed and
 * bound to this purpose (a token made for another link opens nothing here), naming the staff user. It opens the feed
 * only while that user is active and holds a role that reads the wheel, so deactivating the user or taking the role
 * away closes every feed link they were given.
 */
@Component
class WheelFeedTokens {

    static final String PURPOSE = "agreement.wheel-feed";
    static final Duration VALIDITY = Duration.ofDays(365);

    private final SignedTokens tokens;
    private final StaffDirectory staff;

    WheelFeedTokens(SignedTokens tokens, StaffDirectory staff) {
        this.tokens = tokens;
        this.staff = staff;
    }

    /** A token for the staff user who signs in with {@code email}, if that is an active staff user. */
    Optional<String> tokenFor(String email) {
        return staff.activeByEmail(email).map(member -> tokens.create(PURPOSE, String.valueOf(member.id()), VALIDITY));
    }

    /** Whether the token was made here for the feed, has not expired, and names a user who may still read it. */
    boolean opens(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 500) {
            return false;
        }
        return tokens.verify(PURPOSE, token)
                .flatMap(subject -> staff.active().stream()
                        .filter(member -> String.valueOf(member.id()).equals(subject))
                        .findFirst())
                .filter(member -> WheelPaths.READER_ROLES.stream()
                        .anyMatch(role -> staff.activeEmailsWithRole(role).stream()
                                .anyMatch(email -> email.equalsIgnoreCase(member.email()))))
                .isPresent();
    }
}
