package dk.samspil.platform.internal.web;

import dk.samspil.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (no such page, wrong method, unsupported or unacceptable media type, unreadable request …)
 * answered as problem details only on the JSON API, with a Danish (or English) {@code detail} for every status.
 * Everywhere else they go through the error page, so a browser sees the Danish page in the layout instead of
 * English JSON. This replaces Spring Boot's problem-details handler, which would answer every client with JSON.
 */
@ControllerAdvice
class ErrorPageExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiProblems problems;

    ErrorPageExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        if (ApiPaths.isApi(servlet.getRequest())) {
            return super.handleExceptionInternal(
                    ex,
                    localized(body, statusCode, servlet.getRequest()),
                    withLanguage(headers, servlet.getRequest()),
                    statusCode,
                    request);
        }
        HttpServletResponse response = servlet.getResponse();
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            response.sendError(statusCode.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** Spring's problem details explain themselves in English; ours in the language the client asked for. */
    private ProblemDetail localized(Object body, HttpStatusCode status, HttpServletRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        problem.setDetail(problems.statusDetail(status, ApiProblems.locale(request)));
        return problem;
    }

    private static HttpHeaders withLanguage(HttpHeaders headers, HttpServletRequest request) {
        HttpHeaders localized = new HttpHeaders();
        localized.putAll(headers);
        localized.set(HttpHeaders.CONTENT_LANGUAGE, ApiProblems.locale(request).getLanguage());
        return localized;
    }
}
