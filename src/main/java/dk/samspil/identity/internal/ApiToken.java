package dk.samspil.identity.internal;

import java.time.Instant;

/** A personal API token as its owner sees it: never the secret, only its display prefix. */
record ApiToken(
        long id,
        long userId,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    AuditState auditState() {
        return new AuditState(userId, name, prefix, expiresAt, revokedAt);
    }

    record AuditState(long userId, String name, String prefix, Instant expiresAt, Instant revokedAt) {}
}
