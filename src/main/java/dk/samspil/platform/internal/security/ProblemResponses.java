package dk.samspil.platform.internal.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details with a Danish (or English) {@code detail} from security filters. */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** Security filters run before Spring MVC has resolved the locale: ask the resolver; Danish unless asked for English. */
    private Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && header.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return locales.resolveLocale(request);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        String detail = messages.getMessage("error." + status + ".detail", null, httpStatus.getReasonPhrase(),
                locale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(httpStatus, detail);
        problem.setTitle(httpStatus.getReasonPhrase());
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
