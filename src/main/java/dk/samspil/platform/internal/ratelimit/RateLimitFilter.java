package dk.samspil.platform.internal.ratelimit;

import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SearchPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits requests per client address: login attempts, every POST (form or API) made without a logged-in user, and
 * anonymous searches.
 * Over the limit the request is answered 429 before anything happens.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** The error page and problem writer read this to explain the 429 in Danish. */
    public static final int TOO_MANY_REQUESTS = 429;

    /** Counts one hit for a key and tells whether it is within the limit per minute. */
    private interface Limiter {
        boolean tryAcquire(String key, int perMinute);
    }

    private final Limiter limiter;
    private final String bucket;
    private final IntSupplier perMinute;
    private final Predicate<HttpServletRequest> applies;

    private RateLimitFilter(
            Limiter limiter, String bucket, IntSupplier perMinute, Predicate<HttpServletRequest> applies) {
        this.limiter = limiter;
        this.bucket = bucket;
        this.perMinute = perMinute;
        this.applies = applies;
    }

    public static RateLimitFilter login(RateLimiter limiter, PlatformProperties properties) {
        return new RateLimitFilter(
                limiter::tryAcquire,
                "login",
                () -> properties.rateLimit().loginPerMinute(),
                request -> "POST".equals(request.getMethod()) && "/login".equals(path(request)));
    }

    public static RateLimitFilter publicPosts(RateLimiter limiter, PlatformProperties properties) {
        return new RateLimitFilter(
                limiter::tryAcquire,
                "public",
                () -> properties.rateLimit().publicPerMinute(),
                request -> !"GET".equals(request.getMethod())
                        && !"HEAD".equals(request.getMethod())
                        && !"OPTIONS".equals(request.getMethod())
                        && !"/login".equals(path(request))
                        && anonymous());
    }

    /** Anonymous searches (a GET with a query string to one of the modules' {@link SearchPaths}), counted per instance. */
    public static RateLimitFilter searches(
            InstanceRateLimiter limiter, PlatformProperties properties, List<SearchPaths> searchPaths) {
        Set<String> paths =
                searchPaths.stream().flatMap(p -> p.paths().stream()).collect(Collectors.toSet());
        return new RateLimitFilter(
                limiter::tryAcquire,
                "search",
                () -> properties.rateLimit().searchPerMinute(),
                request -> ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                        && request.getQueryString() != null
                        && paths.contains(path(request))
                        && anonymous());
    }

    /** Per bucket: with the default (per class) the web chain's second limiter would be skipped as already done. */
    @Override
    protected String getAlreadyFilteredAttributeName() {
        return RateLimitFilter.class.getName() + "." + bucket + ".FILTERED";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (applies.test(request)
                && !limiter.tryAcquire(bucket + ":" + request.getRemoteAddr(), perMinute.getAsInt())) {
            response.setHeader("Retry-After", "60");
            response.sendError(TOO_MANY_REQUESTS);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }
}
