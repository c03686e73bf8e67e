package dk.samspil.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Puts the language switch's links on every page as a request attribute: unlike a model attribute it also reaches views
 * that exception handlers render, and the error dispatch computes it again for the request that failed.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "languageSwitch";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(ATTRIBUTE, LanguageSwitch.of(request));
        return true;
    }
}
