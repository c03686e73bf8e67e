package dk.samspil.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What an error answer says when the code that sent the error knows better than its status: a request attribute
 * with the message key, read by the error page and by the API's problem details.
 */
final class ErrorDetails {

    /** Request attribute: the message key of the error's {@code detail}, e.g. {@code validation.controlCharacters}. */
    static final String DETAIL_KEY = "samspil.error.detailKey";

    private ErrorDetails() {}

    static String detailKey(HttpServletRequest request, String fallback) {
        return request.getAttribute(DETAIL_KEY) instanceof String key ? key : fallback;
    }
}
