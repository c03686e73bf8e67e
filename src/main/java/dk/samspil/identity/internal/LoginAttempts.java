package dk.samspil.identity.internal;

import dk.samspil.identity.LoginProperties;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out per account <em>and</em> client address: after {@code samspil.login.max-failures} wrong passwords in a
 * row from one address (none more than {@code samspil.login.lock-duration} apart) that address may not log in to that
 * account for {@code samspil.login.lock-duration}. Guessing is slowed down as before, but a stranger's failures from
 * elsewhere do not lock the owner out. A successful login forgets its address's failures; a new password set by an
 * administrator lifts every lock of the account. Each lock is written to the audit log.
 */
@Component
class LoginAttempts {

    private final LoginFailureRepository failures;
    private final StaffUserRepository users;
    private final LoginProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(
            LoginFailureRepository failures,
            StaffUserRepository users,
            LoginProperties properties,
            AuditLog audit,
            Clock clock) {
        this.failures = failures;
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client address a login attempt came from, as the web login recorded it ({@code ""} when unknown). */
    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "";
    }

    boolean lockedOut(String email, String clientAddress) {
        return failures.lockedOut(email, clientAddress, clock.instant());
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName();
        if (email == null || email.isBlank()) {
            return;
        }
        String client = clientAddress(event.getAuthentication());
        Instant now = clock.instant();
        Instant until = now.plus(properties.lockDuration());
        failures.record(email.trim(), client, properties.maxFailures(), now, properties.lockDuration(), until)
                .ifPresent(id -> {
                    Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
                    changes.put("lockedUntil", new AuditLog.Change(null, until.toString()));
                    changes.put("lockedForClientAddress", new AuditLog.Change(null, client));
                    audit.record(AuditLog.Action.UPDATE, StaffUserService.ENTITY, id, changes, AuditActor.system());
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        failures.forget(email, clientAddress(event.getAuthentication()));
        users.recordSuccessfulLogin(email, clock.instant());
    }

    /** Failures and locks that have run out are of no use any more. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetExpired() {
        failures.deleteExpired(clock.instant(), properties.lockDuration());
    }
}
