package dk.samspil.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the language switch's links on every page, error pages included. */
@ControllerAdvice
class LanguageSwitchAdvice {

    @ModelAttribute("languageSwitch")
    LanguageSwitch languageSwitch(HttpServletRequest request) {
        return LanguageSwitch.of(request);
    }
}
