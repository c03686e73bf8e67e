package dk.samspil.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        long limit = limitBytes + MARGIN;
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getContextPath() + redirectTo);
                    response.setHeader("Connection", "close");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(path);
        // Before Spring Security's filter chain (-100), which would read the body for the CSRF token.
        registration.setOrder(-200);
        return registration;
    }
}
