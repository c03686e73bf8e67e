package dk.samspil.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client against the running test server, for what must be seen on the wire (headers, status). */
public final class Http {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request without a body with any method, e.g. {@code DELETE}. */
    public HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Opens a session the way a browser does before it posts a form: loads {@code path} and keeps the session
     * cookie and the CSRF token from the page's meta tag (pages for logged-in users) or its form. Anonymous pages
     * without a form open no session.
     */
    public FormSession formSession(String path, String... headers) {
        HttpResponse<String> page = get(path, headers);
        String cookie =
                sessionCookie(page).orElseThrow(() -> new IllegalStateException("No session cookie from " + path));
        return new FormSession(cookie, csrfToken(page, path));
    }

    /**
     * Logs in through the login form as a browser does and returns the logged-in session, with the CSRF token of a
     * page for logged-in users ({@code /konto}).
     */
    public FormSession login(String email, String password) {
        FormSession anonymous = formSession("/login");
        HttpResponse<String> response = post(
                "/login",
                "application/x-www-form-urlencoded",
                anonymous.form("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)),
                "Cookie",
                anonymous.cookie());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login of " + email + " failed: " + response.statusCode() + " " + location);
        }
        String cookie = sessionCookie(response).orElse(anonymous.cookie());
        return new FormSession(cookie, csrfToken(get("/konto", "Cookie", cookie), "/konto"));
    }

    /** The {@code SESSION=…} cookie a response sets, if it sets one. */
    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst();
    }

    private static String csrfToken(HttpResponse<String> page, String path) {
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            token = CSRF_INPUT.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on " + path);
            }
        }
        return token.group(1);
    }

    /** A session cookie ({@code SESSION=…}) and the CSRF token that goes with it. */
    public record FormSession(String cookie, String csrfToken) {

        /** An {@code application/x-www-form-urlencoded} body with the CSRF token added. */
        public String form(String fields) {
            String csrf = "_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
            return fields.isEmpty() ? csrf : fields + "&" + csrf;
        }
    }

    /**
     * Sends a request exactly as written, over a plain socket: for what HttpClient refuses to send (characters not
     * allowed in a URL, an encoded slash, a request line over the server's limit). {@code head} is the request line
     * and headers without the blank line that ends them; the connection is closed after the answer.
     */
    public RawResponse raw(String head) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return RawResponse.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer read off the wire: status, headers (names in lower case) and the body (UTF-8, chunks joined). */
    public record RawResponse(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                    .findFirst();
        }

        static RawResponse parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IllegalStateException("No complete answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(
                                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = unchunk(body);
            }
            return new RawResponse(
                    status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
