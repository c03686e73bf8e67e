package dk.samspil.platform;

import java.util.List;

/**
 * Web paths (Spring path patterns) that accept a POST without a CSRF token. Only for endpoints that a third party
 * must be able to call without the user's session, and whose URL itself carries the authorisation, e.g. the RFC 8058
 * one-click unsubscribe that mail providers POST to. Modules declare them as beans; the platform's web security
 * reads them all.
 */
public record CsrfExemptPaths(List<String> patterns) {

    public CsrfExemptPaths {
        patterns = List.copyOf(patterns);
    }

    public static CsrfExemptPaths of(String... patterns) {
        return new CsrfExemptPaths(List.of(patterns));
    }
}
