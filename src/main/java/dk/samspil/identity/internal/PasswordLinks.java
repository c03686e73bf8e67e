package dk.samspil.identity.internal;

import dk.samspil.identity.AccountLinkProperties;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The e-mailed links that let a user choose a password: signed by {@link SignedTokens} for one purpose each (an
 * invitation link is worthless as a reset link and back), expiring, and naming the user and the user's password
 * version. Every new password raises that version, so a link works once and all older links die with it.
 */
@Component
class PasswordLinks {

    /** What a link is for: its signing purpose and the page it opens. */
    enum Kind {
        INVITATION("identity.invitation", "/invitation"),
        RESET("identity.password-reset", "/adgangskode/ny");

        final String purpose;
        final String path;

        Kind(String purpose, String path) {
            this.purpose = purpose;
            this.path = path;
        }
    }

    /** Why a link cannot be used; the page explains each in words. */
    enum Refusal {
        /** Not made by Samspil for this purpose: altered, cut short, or made up. */
        INVALID,
        EXPIRED,
        /** A password has been chosen since the link was sent (with this link or another one). */
        USED,
        /** The user is deactivated or gone. */
        INACTIVE;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a link says: the user and the password version it was made for (the user is known even when expired). */
    record Subject(long userId, int passwordVersion) {}

    /** The outcome of reading a link: a subject, and a refusal unless the link may be used. */
    record Reading(@Nullable Subject subject, @Nullable Refusal refusal) {}

    private final SignedTokens tokens;
    private final PlatformProperties platform;
    private final AccountLinkProperties properties;

    PasswordLinks(SignedTokens tokens, PlatformProperties platform, AccountLinkProperties properties) {
        this.tokens = tokens;
        this.platform = platform;
        this.properties = properties;
    }

    Duration validity(Kind kind) {
        return kind == Kind.INVITATION ? properties.invitationValidity() : properties.resetValidity();
    }

    String url(Kind kind, StaffUser user) {
        String token = tokens.create(kind.purpose, user.id() + ":" + user.passwordVersion(), validity(kind));
        return platform.link(kind.path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Checks the signature and the expiry; whether the version is still current is for the caller to check. */
    Reading read(Kind kind, @Nullable String token) {
        SignedTokens.Check check = tokens.check(kind.purpose, token == null ? null : token.trim());
        Subject subject = check.subject() == null ? null : subject(check.subject());
        if (subject == null) {
            return new Reading(null, Refusal.INVALID);
        }
        return new Reading(subject, check.status() == SignedTokens.Status.VALID ? null : Refusal.EXPIRED);
    }

    private static @Nullable Subject subject(String text) {
        int colon = text.indexOf(':');
        try {
            return colon < 0
                    ? null
                    : new Subject(
                            Long.parseLong(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
