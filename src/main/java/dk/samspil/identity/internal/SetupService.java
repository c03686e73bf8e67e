package dk.samspil.identity.internal;

import dk.samspil.platform.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator's set-up: when nobody can administer users, start-up issues a one-time link valid for
 * {@link #VALIDITY}; the form behind it creates an administrator and closes every open link.
 */
@Service
class SetupService {

    static final Duration VALIDITY = Duration.ofHours(24);

    enum TokenState {
        VALID,
        UNKNOWN,
        EXPIRED,
        USED
    }

    private final SetupTokenRepository setupTokens;
    private final StaffUserService users;
    private final Clock clock;

    SetupService(SetupTokenRepository setupTokens, StaffUserService users, Clock clock) {
        this.setupTokens = setupTokens;
        this.users = users;
        this.clock = clock;
    }

    /** Issues a new link token and returns it; only its hash is kept. */
    @Transactional
    String issueToken() {
        String token = Secrets.newSetupToken();
        Instant now = clock.instant();
        setupTokens.insert(Secrets.sha256Hex(token), now, now.plus(VALIDITY));
        return token;
    }

    @Transactional(readOnly = true)
    TokenState check(String token) {
        return state(token, false);
    }

    /**
     * Creates the administrator and closes all links. Throws {@link InvalidSetupTokenException} for a token that
     * cannot be used and {@link EmailAlreadyUsedException} when the e-mail is taken (the link stays usable then).
     */
    @Transactional
    StaffUser complete(String token, String name, String email, String password) {
        TokenState state = state(token, true);
        if (state != TokenState.VALID) {
            throw new InvalidSetupTokenException(state);
        }
        StaffUser admin = users.create(name, email, List.of(Roles.ADMIN), password);
        setupTokens.useAll(clock.instant());
        return admin;
    }

    @Transactional
    void closeOpenLinks() {
        setupTokens.useAll(clock.instant());
    }

    private TokenState state(String token, boolean forUpdate) {
        if (token == null || token.isBlank()) {
            return TokenState.UNKNOWN;
        }
        return setupTokens
                .findByHash(Secrets.sha256Hex(token.trim()), forUpdate)
                .map(found -> found.usedAt() != null
                        ? TokenState.USED
                        : found.expiresAt().isAfter(clock.instant()) ? TokenState.VALID : TokenState.EXPIRED)
                .orElse(TokenState.UNKNOWN);
    }
}
