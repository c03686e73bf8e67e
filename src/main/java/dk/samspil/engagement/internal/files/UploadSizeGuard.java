package dk.samspil.engagement.internal.files;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an upload far over the file limit into a redirect to its form with a Danish message, before anything reads
 * the body (Spring Security would otherwise read it for the CSRF token, and the container's multipart limit would end
 * in a confusing error). Uploads within a margin of the limit reach the controller, which refuses them by their exact
 * size.
 */
public final class UploadSizeGuard extends OncePerRequestFilter {

    /** The query parameter the form reads to show the "too large" message. */
    public static final String TOO_LARGE = "fejl=stor";
    /** Room for the multipart framing and the text fields around the file. */
    private static final long MARGIN = 1024 * 1024;

    private final long limit;
    private final Pattern path;
    private final BiFunction<Matcher, HttpServletRequest, String> redirect;

    private UploadSizeGuard(long limit, Pattern path, BiFunction<Matcher, HttpServletRequest, String> redirect) {
        this.limit = limit;
        this.path = path;
        this.redirect = redirect;
    }

    /**
     * @param urlPattern servlet URL pattern that selects the requests to look at
     * @param path       the exact paths (without context path) guarded
     * @param redirect   the form to send the user back to, from the path match; without the query
     */
    public static FilterRegistrationBean<UploadSizeGuard> register(
            FileRules rules,
            String urlPattern,
            Pattern path,
            BiFunction<Matcher, HttpServletRequest, String> redirect) {
        FilterRegistrationBean<UploadSizeGuard> registration =
                new FilterRegistrationBean<>(new UploadSizeGuard(rules.maxBytes() + MARGIN, path, redirect));
        registration.addUrlPatterns(urlPattern);
        // Before Spring Security's filter chain (-100), which would read the body for the CSRF token.
        registration.setOrder(-200);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher match = path.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit && match.matches()) {
            String target = redirect.apply(match, request);
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(
                    "Location",
                    request.getContextPath() + target + "?" + (query == null || query.isEmpty() ? "" : query + "&")
                            + TOO_LARGE);
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(request, response);
    }
}
