package dk.samspil.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the JSON APIs of every module: a {@code detail} in Danish (English with
 * {@code Accept-Language: en}) and, for bad input, an {@code errors} list of {@code {field, code, message}}.
 * Modules keep their own exception handlers (with their own texts) and build their answers here.
 */
@Component
public class ApiProblems {

    /** One bad field: its name in the API, the message key as a stable code, and the message. */
    public record FieldError(String field, String code, String message) {}

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** English when the client asks for it with Accept-Language; otherwise the site's language (Danish). */
    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : DanishFormats.DANISH;
        }
        return LocaleContextHolder.getLocale();
    }

    /**
     * What an HTTP status means for the client, for answers that no module explains in its own words (a wrong
     * method, an unsupported content type …): {@code error.<status>.detail}, else the generic text.
     */
    public String statusDetail(HttpStatusCode status, Locale locale) {
        return messages.getMessage(
                "error." + status.value() + ".detail",
                null,
                messages.getMessage("error.generic.detail", null, locale),
                locale);
    }

    /** The text of a message key, in the given language. */
    public String detail(String messageKey, Locale locale) {
        return messages.getMessage(messageKey, null, messageKey, locale);
    }

    public FieldError fieldError(String field, String messageKey, List<Object> arguments, Locale locale) {
        return new FieldError(
                field, messageKey, messages.getMessage(messageKey, arguments.toArray(), messageKey, locale));
    }

    /** For malformed JSON or a value of the wrong type: the field, when the parser knows it. */
    public List<FieldError> unreadableFields(HttpMessageNotReadableException e, String typeMessageKey, Locale locale) {
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(ref ->
                            ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            String key = json instanceof RefusedJsonValue refused ? refused.messageKey() : typeMessageKey;
            List<Object> arguments = Numbers.MESSAGE.equals(key) ? List.of(Numbers.MAX_DIGITS) : List.of();
            return List.of(fieldError(field, key, arguments, locale));
        }
        return List.of();
    }

    /** Malformed JSON or a value of the wrong type: 400, naming the field when the parser knows it. */
    public ResponseEntity<ProblemDetail> unreadable(
            HttpMessageNotReadableException e, HttpServletRequest request, String detailKey, String typeMessageKey) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, detailKey, unreadableFields(e, typeMessageKey, locale), locale);
    }

    /**
     * A service's refusal: 422 with one {@code errors} entry per violation, or 409 for a {@link Rejected#conflict()}.
     *
     * @param apiField the field's name in the API, for rules that name it differently
     */
    public ResponseEntity<ProblemDetail> rejected(
            Rejected e, HttpServletRequest request, String detailKey, UnaryOperator<String> apiField) {
        Locale locale = locale(request);
        return problem(
                e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
                detailKey,
                fieldErrors(e.violations(), apiField, locale),
                locale);
    }

    /** A service's refusal where the rules name fields as the API does. */
    public ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request, String detailKey) {
        return rejected(e, request, detailKey, UnaryOperator.identity());
    }

    public List<FieldError> fieldErrors(List<Violation> violations, UnaryOperator<String> apiField, Locale locale) {
        return violations.stream()
                .map(v -> fieldError(apiField.apply(v.field()), v.messageKey(), v.arguments(), locale))
                .toList();
    }

    /** A problem without field errors, in the language the request asks for. */
    public ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detailKey, HttpServletRequest request) {
        return problem(status, detailKey, List.of(), locale(request));
    }

    public ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String detailKey, List<FieldError> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }
}
