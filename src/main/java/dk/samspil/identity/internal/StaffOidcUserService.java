package dk.samspil.identity.internal;

import dk.samspil.identity.SingleSignOnProperties;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a valid ID token (Spring Security has checked state, nonce, signature, issuer, audience and expiry) into a
 * Samspil user: the e-mail, name and group claims named in {@link SingleSignOnProperties} go to
 * {@link SingleSignOnService}, which creates or updates the user or refuses them.
 */
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SingleSignOnService signOn;
    private final SingleSignOnProperties properties;

    StaffOidcUserService(SingleSignOnService signOn, SingleSignOnProperties properties) {
        this.signOn = signOn;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = delegate.loadUser(request);
        String email = provided.getClaimAsString(properties.emailClaim());
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    "samspil_no_email",
                    "The ID token has no e-mail address in the claim " + properties.emailClaim(),
                    null));
        }
        StaffUser user = signOn.signIn(new SingleSignOnService.SsoIdentity(
                request.getClientRegistration().getRegistrationId(),
                String.valueOf(provided.getIdToken().getIssuer()),
                provided.getSubject(),
                email,
                provided.getClaimAsString(properties.nameClaim()),
                groups(provided.getClaims().get(properties.roleClaim()))));
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new StaffOidcUser(authorities, provided.getIdToken(), provided.getUserInfo(), user.email());
    }

    /** The claim's values: a list of ids or names, or (as some providers send a single group) one string. */
    static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream()
                    .filter(value -> value != null)
                    .map(String::valueOf)
                    .filter(value -> !value.isBlank())
                    .toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value);
        }
        return List.of();
    }
}
