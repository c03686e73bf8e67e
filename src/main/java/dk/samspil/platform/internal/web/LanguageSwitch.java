package dk.samspil.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The footer's language switch: links to the page the visitor is on, in Danish and in English. They keep every query
 * parameter (the token of a magic link above all) and only set {@code lang}, which the locale interceptor reads.
 * <p>
 * For a page a GET showed, the links are relative references made of a query alone ({@code ?token=…&lang=en}): the
 * browser keeps the path it shows, also on an error page, and no path from the request is written into the page. A
 * page a POST answered (a form with its errors, a receipt) cannot be fetched again; its links lead to the page the form
 * was sent from, taken from the {@code Referer} when that names this host (a syntactically valid URI, its path with
 * runs of slashes collapsed, so it cannot leave the site), else to a GET of the same address. Parameters are decoded
 * and encoded again, so nothing reaches the page as it was sent; Thymeleaf escapes the attribute on top.
 */
record LanguageSwitch(String danish, String english) {

    static final String PARAMETER = "lang";

    static LanguageSwitch of(HttpServletRequest request) {
        String path = "";
        String query = originalQuery(request);
        if (!isRead(request)) {
            URI referer = sameSiteReferer(request);
            if (referer != null) {
                path = referer.getRawPath().isEmpty()
                        ? "/"
                        : referer.getRawPath().replaceAll("/{2,}", "/");
                query = referer.getRawQuery();
            }
        }
        List<String> kept = keptParameters(query);
        return new LanguageSwitch(link(path, kept, "da"), link(path, kept, "en"));
    }

    /** On an error page, whether the request that failed was a GET (the error page itself may be fetched as one). */
    private static boolean isRead(HttpServletRequest request) {
        String method = request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String failed
                ? failed
                : request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
    }

    /** On an error page, the query of the request that failed. */
    private static String originalQuery(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String failed
                ? failed
                : request.getQueryString();
    }

    private static URI sameSiteReferer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.REFERER);
        if (header == null) {
            return null;
        }
        try {
            URI referer = new URI(header);
            return referer.getHost() != null
                            && referer.getHost().equalsIgnoreCase(request.getServerName())
                            && referer.getRawPath() != null
                    ? referer
                    : null;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    /** Every parameter but {@code lang}, in order, encoded afresh; a parameter that does not decode is left out. */
    private static List<String> keptParameters(String query) {
        List<String> kept = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return kept;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? null : decode(pair.substring(equals + 1));
            if (name == null || name.isEmpty() || name.equals(PARAMETER) || (equals >= 0 && value == null)) {
                continue;
            }
            kept.add(encode(name) + (value == null ? "" : "=" + encode(value)));
        }
        return kept;
    }

    private static String link(String path, List<String> kept, String language) {
        List<String> parameters = new ArrayList<>(kept);
        parameters.add(PARAMETER + "=" + language);
        return path + "?" + String.join("&", parameters);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
