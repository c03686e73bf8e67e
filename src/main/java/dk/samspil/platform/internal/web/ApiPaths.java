package dk.samspil.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The JSON API and the operator endpoints answer errors as problem details; everything else as a page. */
final class ApiPaths {

    private ApiPaths() {}

    /** Whether the request (or, on an error dispatch, the request that failed) was for the API. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }
}
