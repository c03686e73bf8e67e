package dk.samspil.platform.internal.web;

import dk.samspil.platform.TextInput;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The edge for forms and query strings: a parameter (also a multipart form's text field, which is resolved by the
 * time this runs) or a path holding NUL or another control character ({@link TextInput#hasControlCharacters}) is
 * answered 400 with a Danish explanation before any controller sees it, so nothing is stored and no database
 * error lands in the log. JSON bodies get the same rule from the JSON reader ({@code StrictJsonInput}).
 */
class ControlCharacterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        // the error page that explains the refusal sees the same parameters: it must not refuse them again
        if (request.getDispatcherType() != DispatcherType.ERROR && refused(request)) {
            request.setAttribute(ErrorDetails.DETAIL_KEY, TextInput.CONTROL_MESSAGE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        return true;
    }

    private static boolean refused(HttpServletRequest request) {
        if (TextInput.hasControlCharacters(request.getServletPath())
                || TextInput.hasControlCharacters(request.getPathInfo())) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (TextInput.hasControlCharacters(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (TextInput.hasControlCharacters(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
