package dk.samspil.platform.internal.security;

import dk.samspil.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details with a Danish (or English) {@code detail} from security filters. */
@Component
public class ProblemResponses {

    private final ApiProblems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(ApiProblems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
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
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(httpStatus, problems.statusDetail(httpStatus, locale));
        problem.setTitle(httpStatus.getReasonPhrase());
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
