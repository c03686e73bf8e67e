package dk.samspil.platform.internal.web;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.internal.security.SecurityHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Replaces Tomcat's own error report (an English page without security headers) for the errors Tomcat answers
 * before the application sees the request: an encoded {@code /} in the path, a request line or headers over the
 * limit, characters not allowed in a URL. The answer is a static Danish page in Samspil's colours (problem details
 * for {@code /api/} and {@code /actuator/} addresses) with the security headers; nothing of the request is echoed.
 * Errors the application handles never get here: its error page has answered them already.
 */
class EarlyErrorValve extends ErrorReportValve {

    private final MessageSource messages;
    private final String template;

    EarlyErrorValve(MessageSource messages) {
        this.messages = messages;
        this.template = resource("/error-pages/early-error.html");
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean api = isApi(request);
        String body = api ? problem(status) : page(status);
        try {
            response.setLocale(DanishFormats.DANISH);
            response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            SecurityHeaders.addMissing(response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written any more: nothing left to tell anyone
        }
    }

    private String page(int status) {
        return template.replace("{title}", html(text("error.title")))
                .replace("{app}", html(text("app.name")))
                .replace("{heading}", html(forStatus("heading", status)))
                .replace("{detail}", html(forStatus("detail", status)))
                .replace("{home}", html(text("error.home")));
    }

    private String problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : String.valueOf(status);
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
                + json(forStatus("detail", status)) + "\"}";
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }

    /** {@code error.<status>.<kind>}, or the generic text when there is none for the status. */
    private String forStatus(String kind, int status) {
        return messages.getMessage(
                "error." + status + "." + kind, null, text("error.generic." + kind), DanishFormats.DANISH);
    }

    /** The path as Tomcat parsed it, if it got that far; the raw request line may not even be one. */
    private static boolean isApi(Request request) {
        try {
            String uri = request.getRequestURI();
            return uri != null && (uri.startsWith("/api/") || uri.startsWith("/actuator/"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String resource(String path) {
        try (InputStream in = EarlyErrorValve.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
