package dk.samspil.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A single sign-on that Samspil itself refuses after the identity provider's answer passed every check. */
class SsoRefusedException extends OAuth2AuthenticationException {

    private final SsoRefusal reason;
    private final String email;

    SsoRefusedException(SsoRefusal reason, String email) {
        super(new OAuth2Error("samspil_" + reason.name().toLowerCase(java.util.Locale.ROOT)), reason.name());
        this.reason = reason;
        this.email = email;
    }

    SsoRefusal reason() {
        return reason;
    }

    String email() {
        return email;
    }
}
