package dk.samspil.identity.internal;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A staff user logged in through an identity provider: the provider's ID token (needed for its logout) with the
 * Samspil roles, named by the Samspil user's e-mail address as a form login is (audit log, sessions, "Min konto").
 */
class StaffOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String email;

    StaffOidcUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            String email) {
        super(authorities, idToken, userInfo);
        this.email = email;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffOidcUser user && user.email.equals(email) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + email.hashCode();
    }
}
