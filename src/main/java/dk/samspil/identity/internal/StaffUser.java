package dk.samspil.identity.internal;

import java.time.Instant;
import java.util.List;

/**
 * A staff member as stored: the password hash never leaves the identity module. {@code lockedUntil} is the end of
 * the latest lock-out of a client address from the account ({@link LoginAttempts}), if any. {@code passwordVersion}
 * rises with every new password, which makes each e-mailed password link work once ({@link PasswordLinks});
 * {@code passwordChangeRequired} is set when an administrator typed the password.
 */
record StaffUser(
        long id,
        String email,
        String name,
        String passwordHash,
        boolean active,
        Instant lockedUntil,
        Instant createdAt,
        Instant lastLoginAt,
        List<String> roles,
        int passwordVersion,
        boolean passwordChangeRequired) {

    /** Whether the user has set a password yet (an invited user has not; one who signs in elsewhere may never). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the audit log records about a user: everything but secrets and login bookkeeping. */
    AuditState auditState() {
        return new AuditState(email, name, active, roles, lockedUntil);
    }

    record AuditState(String email, String name, boolean active, List<String> roles, Instant lockedUntil) {}
}
