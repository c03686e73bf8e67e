package dk.samspil.identity.internal;

import java.util.Arrays;

/**
 * Why a single sign-on was refused, as the refusal page names it ({@code /login/afvist?aarsag=<slug>}); the audit
 * log keeps the precise cause.
 */
enum SsoRefusal {

    /** None of the user's groups is mapped to a Samspil role. */
    NO_ROLE("ingen-rolle"),
    /** The Samspil user is deactivated. */
    DEACTIVATED("deaktiveret"),
    /** The e-mail address belongs to a Samspil user linked to another user of the identity provider. */
    OTHER_IDENTITY("anden-bruger"),
    /** The answer from the identity provider failed a check (state, nonce, issuer, audience, expiry, signature). */
    INVALID_RESPONSE("ugyldigt-svar");

    private final String slug;

    SsoRefusal(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    static SsoRefusal ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(reason -> reason.slug.equals(slug))
                .findFirst()
                .orElse(INVALID_RESPONSE);
    }
}
