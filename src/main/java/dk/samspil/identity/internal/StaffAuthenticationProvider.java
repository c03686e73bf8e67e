package dk.samspil.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Form login against the staff users, with the lock-out per account and client address ({@link LoginAttempts}).
 * The password is always checked first, so a locked-out address learns nothing from the time an answer takes, and
 * it is refused as a wrong password is: strangers can neither tell accounts apart nor lock their owners out.
 * That an account is deactivated is only said to someone who gave its right password.
 */
@Component
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    StaffAuthenticationProvider(StaffUserRepository users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        super(new StaffUserDetailsService(users));
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Deactivated staff user");
            }
        });
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication);
        if (attempts.lockedOut(user.getUsername(), LoginAttempts.clientAddress(authentication))) {
            throw new BadCredentialsException("Locked out from this client address");
        }
    }
}
