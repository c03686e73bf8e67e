package dk.samspil.alerts.internal;

import dk.samspil.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Subscribing from another system: the same rules and double opt-in as the form. */
@RestController
class SubscriptionApiController {

    private final AlertSubscriptions subscriptions;
    private final MessageSource messages;

    SubscriptionApiController(AlertSubscriptions subscriptions, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.messages = messages;
    }

    /** 202: stored as pending; the subscription starts when the address is confirmed from the mail. */
    @PostMapping(path = "/api/v1/subscriptions", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, String>> subscribe(@RequestBody SubscriptionJson body, HttpServletRequest request) {
        subscriptions.subscribe(body.request(), ConsentSource.API, request.getRemoteAddr());
        Locale locale = ApiProblems.locale(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("message", messages.getMessage("alerts.api.accepted", null, locale)));
    }

    record SubscriptionJson(
            String email,
            String name,
            String companyCvr,
            List<String> cpvCodes,
            List<String> keywords,
            List<String> excludedKeywords,
            List<String> buyingUnits,
            BigDecimal minValueDkk,
            BigDecimal maxValueDkk,
            Boolean smeSuitableOnly,
            List<String> notifyOn,
            String frequency,
            String language) {

        SubscriptionRequest request() {
            return new SubscriptionRequest(
                    email,
                    name,
                    companyCvr,
                    language,
                    new Criteria(
                            cpvCodes,
                            keywords,
                            excludedKeywords,
                            buyingUnits,
                            minValueDkk,
                            maxValueDkk,
                            Boolean.TRUE.equals(smeSuitableOnly),
                            notifyOn,
                            frequency));
        }
    }
}
