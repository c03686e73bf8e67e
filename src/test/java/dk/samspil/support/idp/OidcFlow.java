package dk.samspil.support.idp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen for the single sign-on tests: follows the authorization code flow between Samspil
 * (reached as {@code 127.0.0.1}) and {@link TestIdentityProvider} (reached as {@code localhost}) one redirect at a
 * time, keeping each host's cookies as a browser does, so a test can look at (and tamper with) every step.
 */
public final class OidcFlow {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private final String app;

    public OidcFlow(int appPort) {
        this.app = "http://127.0.0.1:" + appPort;
    }

    public String app() {
        return app;
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Accept", "text/html")
                .GET());
    }

    public HttpResponse<String> postForm(String url, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The {@code Location} of a redirect, absolute. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(
                        () -> new AssertionError("No redirect from " + response.uri() + ": " + response.statusCode()));
        return response.uri().resolve(location).toString();
    }

    /** The address Samspil sends the browser to at the identity provider ({@code /oauth2/authorize?…}). */
    public String startLogin(String registrationId) {
        return location(get("/oauth2/authorization/" + registrationId));
    }

    /**
     * From Samspil's authorization request through the provider's login form to the callback address the provider
     * sends the browser back to (with {@code code} and {@code state}); the callback itself is not requested.
     */
    public String callbackAfterLogin(String authorizationRequest, String username, String password) {
        HttpResponse<String> authorize = get(authorizationRequest);
        String next = location(authorize);
        if (next.contains("/login") && !next.startsWith(app)) {
            HttpResponse<String> form = get(next);
            HttpResponse<String> login =
                    postForm(next, Map.of("username", username, "password", password, "_csrf", csrf(form.body())));
            next = location(get(location(login)));
        }
        if (!next.startsWith(app)) {
            throw new AssertionError("The provider did not send the browser back to Samspil but to " + next);
        }
        return next;
    }

    /** A whole login: start at Samspil, log in at the provider, and the answer of Samspil's callback. */
    public HttpResponse<String> login(String registrationId, String username, String password) {
        return get(callbackAfterLogin(startLogin(registrationId), username, password));
    }

    /** The CSRF token of a page (a form's hidden field or the layout's meta tag). */
    public static String csrf(String page) {
        Matcher meta = META_CSRF.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        Matcher input = CSRF.matcher(page);
        if (!input.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return input.group(1) != null ? input.group(1) : input.group(2);
    }

    /** Query parameters of an address (decoded). */
    public static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name), URLDecoder.decode(value));
        }
        return parameters;
    }

    private String absolute(String url) {
        return url.startsWith("http") ? url : app + url;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        URI uri = request.build().uri();
        Map<String, String> jar = cookies.computeIfAbsent(uri.getHost(), host -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            jar.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class URLDecoder {
        static String decode(String value) {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
    }
}
