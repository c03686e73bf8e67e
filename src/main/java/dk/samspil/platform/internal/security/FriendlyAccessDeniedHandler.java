package dk.samspil.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A 403 page for both cases a user meets: a form whose CSRF token no longer matches (usually an expired session)
 * and a page their roles do not allow. The error page tells the two apart by a request attribute.
 */
class FriendlyAccessDeniedHandler implements AccessDeniedHandler {

    static final String CSRF_ATTRIBUTE = "samspil.csrfFailure";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof CsrfException) {
            request.setAttribute(CSRF_ATTRIBUTE, Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
