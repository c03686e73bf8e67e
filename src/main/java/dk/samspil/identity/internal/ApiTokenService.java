package dk.samspil.identity.internal;

import dk.samspil.platform.ApiTokenAuthentication;
import dk.samspil.platform.ApiTokenAuthenticator;
import dk.samspil.platform.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created for a user (the secret is shown once and stored only as a SHA-256 hash),
 * revoked by their owner, and used by the platform's bearer filter to authenticate API requests.
 */
@Service
class ApiTokenService implements ApiTokenAuthenticator {

    static final String ENTITY = "ApiToken";

    /** A just-created token together with its secret, which exists only in this response. */
    record Created(ApiToken token, String secret) {}

    private final ApiTokenRepository tokens;
    private final StaffUserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, StaffUserRepository users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ApiToken> tokensOf(long userId) {
        return tokens.findByUser(userId);
    }

    @Transactional
    Created create(long userId, String name, int expiryDays) {
        return create(userId, name.trim(), Secrets.newApiToken(), Duration.ofDays(expiryDays));
    }

    /** Registers a given secret (the operator's bootstrap token) unless a token with that secret exists. */
    @Transactional
    boolean registerIfAbsent(long userId, String name, String secret, Duration validity) {
        if (tokens.findByHash(Secrets.sha256Hex(secret)).isPresent()) {
            return false;
        }
        create(userId, name, secret, validity);
        return true;
    }

    /** Revokes one of the user's own tokens; returns false when the user has no such token. */
    @Transactional
    boolean revoke(long userId, long tokenId) {
        Optional<ApiToken> before = tokens.findByUserAndId(userId, tokenId);
        if (before.isEmpty()) {
            return false;
        }
        tokens.revoke(tokenId, clock.instant());
        audit.updated(
                ENTITY,
                tokenId,
                before.get().auditState(),
                tokens.findByUserAndId(userId, tokenId).orElseThrow().auditState());
        return true;
    }

    /** Every user's tokens, for administrators. */
    @Transactional(readOnly = true)
    List<ApiTokenRepository.Owned> all() {
        return tokens.findAllWithOwners();
    }

    /** An administrator revokes anyone's token; returns false when there is no such token. */
    @Transactional
    boolean revokeAny(long tokenId) {
        Optional<ApiToken> before = tokens.findById(tokenId);
        if (before.isEmpty()) {
            return false;
        }
        tokens.revoke(tokenId, clock.instant());
        audit.updated(
                ENTITY,
                tokenId,
                before.get().auditState(),
                tokens.findById(tokenId).orElseThrow().auditState());
        return true;
    }

    @Override
    @Transactional
    public Optional<Authentication> authenticate(String bearerToken) {
        Instant now = clock.instant();
        return tokens.findUsable(Secrets.sha256Hex(bearerToken), now).map(usable -> {
            tokens.markUsed(usable.tokenId(), now);
            List<SimpleGrantedAuthority> authorities = users.findById(usable.userId()).orElseThrow().roles().stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
            return new ApiTokenAuthentication(usable.email(), usable.tokenId(), usable.tokenName(), authorities);
        });
    }

    private Created create(long userId, String name, String secret, Duration validity) {
        Instant now = clock.instant();
        long id = tokens.insert(
                userId, name, Secrets.sha256Hex(secret), Secrets.displayPrefix(secret), now, now.plus(validity));
        ApiToken token = tokens.findByUserAndId(userId, id).orElseThrow();
        audit.created(ENTITY, id, token.auditState());
        return new Created(token, secret);
    }
}
