package dk.samspil.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.identity.LoginProperties;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;

/**
 * Lock-out: after {@code samspil.login.max-failures} wrong passwords in a row an account is locked for
 * {@code samspil.login.lock-duration}; a successful login resets the count.
 */
@Component
class LoginAttempts {

    private final StaffUserRepository users;
    private final LoginProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(StaffUserRepository users, LoginProperties properties, AuditLog audit, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName();
        if (email == null || email.isBlank()) {
            return;
        }
        Instant until = clock.instant().plus(properties.lockDuration());
        users.recordFailedLogin(email.trim(), properties.maxFailures(), until).ifPresent(id -> audit.record(
                AuditLog.Action.UPDATE, "StaffUser", id, Map.of("lockedUntil", new AuditLog.Change(null, until.toString())),
                AuditActor.system()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName(), clock.instant());
    }
}
