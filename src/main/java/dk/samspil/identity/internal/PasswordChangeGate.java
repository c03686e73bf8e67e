package dk.samspil.identity.internal;

import dk.samspil.platform.ApiTokenAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password an administrator typed must choose their own before anything else: every page but the one
 * to change it (and logging out) sends them there. Asked once per session: an administrator's new password ends
 * all the user's sessions, so the answer cannot change while a session lasts, except by the change itself.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

    static final String CHANGE_PATH = "/konto/adgangskode";
    /** Session attribute: the user (e-mail) whose need to change the password was already looked up, and found none. */
    static final String CHECKED = PasswordChangeGate.class.getName() + ".checked";

    private final StaffUserRepository users;

    PasswordChangeGate(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(
                        CHANGE_PATH,
                        "/error",
                        "/login",
                        "/logout",
                        "/api/**",
                        "/actuator/**",
                        "/dkfds/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication instanceof ApiTokenAuthentication) {
            return true;
        }
        HttpSession session = request.getSession(false);
        String email = authentication.getName();
        if (session != null && email.equals(session.getAttribute(CHECKED))) {
            return true;
        }
        if (users.passwordChangeRequired(email)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PATH);
            return false;
        }
        if (session != null) {
            session.setAttribute(CHECKED, email);
        }
        return true;
    }
}
