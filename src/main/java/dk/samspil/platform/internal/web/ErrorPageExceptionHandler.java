package dk.samspil.platform.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (no such page, wrong method, unreadable request …) answered as problem details only on
 * the JSON API. Everywhere else they go through the error page, so a browser sees the Danish page in the layout
 * instead of English JSON. This replaces Spring Boot's problem-details handler, which would answer every client
 * with JSON.
 */
@ControllerAdvice
class ErrorPageExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null || isApi(servlet.getRequest())) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
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

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
