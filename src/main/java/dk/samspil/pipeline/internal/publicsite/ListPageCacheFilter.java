package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.platform.ExpiringCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public list to anonymous visitors from {@link ListPageCache}: the same search in the same language gets
 * the same page, so a busy list costs about as much as a static file. Only pages that are the same for everyone are
 * kept: anonymous, without a session, and no {@code Set-Cookie} in the answer. Runs after the security filters, so
 * their headers are written as usual.
 */
class ListPageCacheFilter extends OncePerRequestFilter {

    static final String LANGUAGE_COOKIE = "samspil-lang";

    private final ListPageCache cache;

    ListPageCacheFilter(ListPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.enabled()
                || !"GET".equals(request.getMethod())
                || request.getParameter("lang") != null
                || request.getRequestedSessionId() != null
                || request.getHeader("HX-Request") != null
                || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = language(request) + "?" + Objects.toString(request.getQueryString(), "");
        ExpiringCache.Entry<ListPageCache.Page> kept = cache.get(key);
        if (kept != null && (kept.fresh() || !kept.claimRefresh())) {
            ListPageCache.Page page = kept.value();
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, rendered);
            if (rendered.getStatus() == HttpServletResponse.SC_OK
                    && rendered.getContentType() != null
                    && rendered.getContentType().startsWith("text/html")
                    && request.getSession(false) == null
                    && !rendered.getHeaderNames().contains(HttpHeaders.SET_COOKIE)) {
                cache.put(key, rendered.getContentType(), rendered.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored && kept != null) {
                cache.remove(key);
            }
        }
        rendered.copyBodyToResponse();
    }

    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }
}
