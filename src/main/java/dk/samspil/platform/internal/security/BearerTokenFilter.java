package dk.samspil.platform.internal.security;

import dk.samspil.platform.ApiTokenAuthenticator;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer …} requests with a personal API token, or with the operator's metrics
 * token for {@code /actuator/prometheus}. A bearer header that is present but wrong is answered 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ObjectProvider<ApiTokenAuthenticator> tokens;
    private final PlatformProperties properties;
    private final ProblemResponses problems;

    BearerTokenFilter(
            ObjectProvider<ApiTokenAuthenticator> tokens, PlatformProperties properties, ProblemResponses problems) {
        this.tokens = tokens;
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        Optional<Authentication> authentication = metrics(token).or(() -> apiToken(token));
        if (authentication.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(authentication.get());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Authentication> metrics(String token) {
        String expected = properties.metricsToken();
        if (!StringUtils.hasText(expected)
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(
                "metrics", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.METRICS))));
    }

    private Optional<Authentication> apiToken(String token) {
        ApiTokenAuthenticator authenticator = tokens.getIfAvailable();
        return authenticator == null || token.isEmpty() ? Optional.empty() : authenticator.authenticate(token);
    }
}
