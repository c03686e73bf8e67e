package dk.samspil.platform.internal.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every answer carries, pages and errors alike. Spring Security writes them on the requests
 * it handles ({@link SecurityConfiguration}); answers it never sees (Tomcat's early errors, error pages for requests
 * its firewall rejected) get them from here.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        HEADERS.put("X-Content-Type-Options", "nosniff");
        HEADERS.put("X-Frame-Options", "DENY");
        HEADERS.put("Referrer-Policy", REFERRER_POLICY.getPolicy());
    }

    private SecurityHeaders() {}

    /** The policy with {@code form-action} also allowing the given origins (e.g. an identity provider's logout). */
    static String withFormActions(java.util.Collection<String> origins) {
        if (origins.isEmpty()) {
            return CONTENT_SECURITY_POLICY;
        }
        return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins));
    }

    /** Sets each security header the response does not have yet. */
    public static void addMissing(HttpServletResponse response) {
        HEADERS.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }
}
