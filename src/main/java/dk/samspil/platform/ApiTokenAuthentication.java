package dk.samspil.platform;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request authenticated by a personal API token: it carries the token owner's e-mail and roles. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String userEmail;
    private final long tokenId;
    private final String tokenName;

    public ApiTokenAuthentication(
            String userEmail, long tokenId, String tokenName, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.userEmail = userEmail;
        this.tokenId = tokenId;
        this.tokenName = tokenName;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return userEmail;
    }

    public long tokenId() {
        return tokenId;
    }

    public String tokenName() {
        return tokenName;
    }
}
