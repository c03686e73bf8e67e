package dk.samspil.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Turns a bearer token from an {@code Authorization} header into an authentication, or nothing when the token
 * is unknown, expired or revoked. Implemented by the identity module.
 */
@FunctionalInterface
public interface ApiTokenAuthenticator {

    Optional<Authentication> authenticate(String bearerToken);
}
