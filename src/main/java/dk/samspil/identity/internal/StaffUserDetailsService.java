package dk.samspil.identity.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Not a bean: only {@link StaffAuthenticationProvider} uses it, and a {@code UserDetailsService} bean next to an
 * {@code AuthenticationProvider} bean makes Spring Security warn at start-up that it ignores the former.
 * <p>
 * Form login: the user name is the e-mail address (any case); inactive users are disabled. Lock-outs are per client
 * address and checked by {@link StaffAuthenticationProvider}.
 */
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;

    StaffUserDetailsService(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByEmail(username.trim())
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No staff user with a password for this e-mail"));
        return details(user);
    }

    /** The user as Spring Security holds them once logged in: e-mail, password hash, roles as authorities. */
    static UserDetails details(StaffUser user) {
        return User.withUsername(user.email())
                .password(user.passwordHash())
                .authorities(user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList())
                .disabled(!user.active())
                .build();
    }
}
