package dk.samspil.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an upload far over an import page's limit into a redirect to a page that explains it in Danish, before
 * anything reads the body. Without it the servlet container's multipart limit would fail the request while the
 * security filters look for the CSRF token in the body, and the user would see a confusing "session expired".
 * Uploads within a small margin of the limit reach the controller, which refuses them by their exact size; keep
 * the limit plus the margin below {@code spring.servlet.multipart.max-file-size}.
 */
public final class UploadSizeLimit {

    /** Room for the multipart framing and form fields around the file. */
    public static final long MARGIN = 1024 * 1024;

    private UploadSizeLimit() {}

    /**
     * A filter for POSTs to {@code path} whose body is longer than {@code limitBytes} plus {@link #MARGIN}: answered
     * with 303 to {@code redirectTo} (a path of this application, with its query) and the connection closed.
     */
    public static FilterRegistrationBean<OncePerRequestFilter> redirecting(
            String path, long limitBytes, String redirectTo) {
        return filter(path, limitBytes, request -> redirectTo);
    }

    /**
     * The same for upload routes with a variable part (e.g. {@code /intern/nyhedsbreve/lister/7/import}): POSTs under
     * {@code urlPattern} (a servlet pattern such as {@code /intern/nyhedsbreve/*}) whose path matches {@code paths}
     * are answered with 303 to their own path with {@code query}; other paths pass untouched.
     */
    public static FilterRegistrationBean<OncePerRequestFilter> redirectingToItself(
            String urlPattern, Pattern paths, long limitBytes, String query) {
        return filter(urlPattern, limitBytes, request -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return paths.matcher(path).matches() ? path + "?" + query : null;
        });
    }

    private static FilterRegistrationBean<OncePerRequestFilter> filter(
            String urlPattern, long limitBytes, Function<HttpServletRequest, @Nullable String> redirectTo) {
        long limit = limitBytes + MARGIN;
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String target = "POST".equals(request.getMethod()) && request.getContentLengthLong() > limit
                        ? redirectTo.apply(request)
                        : null;
                if (target != null) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getContextPath() + target);
                    response.setHeader("Connection", "close");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(urlPattern);
        // Before Spring Security's filter chain (-100), which would read the body for the CSRF token.
        registration.setOrder(-200);
        return registration;
    }
}
