package dk.samspil.platform.internal.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error pages and JSON errors explain themselves in the user's language and never carry a stack trace or the
 * exception's own message.
 */
@Component
class SamspilErrorAttributes extends DefaultErrorAttributes {

    private final MessageSource messages;

    SamspilErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.remove("trace");
        attributes.remove("exception");
        attributes.remove("message");
        Object status = attributes.get("status");
        boolean csrf =
                Boolean.TRUE.equals(request.getAttribute("samspil.csrfFailure", RequestAttributes.SCOPE_REQUEST));
        attributes.put("csrfFailure", csrf);
        String key = csrf
                ? "error.csrf.detail"
                : request.getAttribute(ErrorDetails.DETAIL_KEY, RequestAttributes.SCOPE_REQUEST) instanceof String given
                        ? given
                        : "error." + status + ".detail";
        attributes.put(
                "detail",
                messages.getMessage(
                        key,
                        null,
                        messages.getMessage("error.generic.detail", null, LocaleContextHolder.getLocale()),
                        LocaleContextHolder.getLocale()));
        return attributes;
    }
}
