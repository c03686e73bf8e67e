package dk.samspil.pipeline.internal.importing;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an upload far over the import limit into a redirect to the import page with a Danish message, before
 * anything reads the body. Without it the servlet container's multipart limit would fail the request while the
 * security filters look for the CSRF token in the body, and the officer would see a confusing "session expired".
 * Uploads within a small margin of the limit reach the controller, which refuses them by their exact size.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter {

    static final String PATH = "/intern/indkoeb/import";
    static final String TOO_LARGE = "fejl=stor";
    /** Room for the multipart framing and form fields around the file. */
    private static final long MARGIN = 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> importUploadSizeFilter(ImportProperties properties) {
        long limit = properties.maxBytes().toBytes() + MARGIN;
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getContextPath() + PATH + "?" + TOO_LARGE);
                    response.setHeader("Connection", "close");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(PATH);
        // Before Spring Security's filter chain (-100), which would read the body for the CSRF token.
        registration.setOrder(-200);
        return registration;
    }
}
