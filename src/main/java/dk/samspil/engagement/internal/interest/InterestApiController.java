package dk.samspil.engagement.internal.interest;

import dk.samspil.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Expressing interest from another system: the same rules and double opt-in as the form. */
@RestController
class InterestApiController {

    private final Interests interests;
    private final MessageSource messages;

    InterestApiController(Interests interests, MessageSource messages) {
        this.interests = interests;
        this.messages = messages;
    }

    /**
     * 201 with the id: stored as pending until confirmed from the mail. 409 when the address is registered for the
     * entry already (the link is mailed again) or the entry is awarded or cancelled.
     */
    @PostMapping(
            path = "/api/v1/procurements/{reference}/interest",
            consumes = "application/json",
            produces = "application/json")
    ResponseEntity<Map<String, Object>> register(
            @PathVariable String reference, @RequestBody InterestJson body, HttpServletRequest request) {
        Interests.Registration registration =
                interests.register(reference, body.request(), Interests.Source.API, request.getRemoteAddr());
        if (registration.alreadyRegistered()) {
            throw new AlreadyRegistered();
        }
        Locale locale = ApiProblems.locale(request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of(
                        "id",
                        registration.id(),
                        "message",
                        messages.getMessage("engagement.interest.api.created", null, locale)));
    }

    record InterestJson(
            String companyName,
            String companyCvr,
            String contactName,
            String email,
            String phone,
            List<Integer> lots,
            String note,
            Boolean partnerFinding,
            String capabilities,
            String seeking,
            String language) {

        InterestRequest request() {
            return new InterestRequest(
                    companyName,
                    companyCvr,
                    contactName,
                    email,
                    phone,
                    lots,
                    note,
                    Boolean.TRUE.equals(partnerFinding),
                    capabilities,
                    seeking,
                    language);
        }
    }

    /** The address is registered for the entry already; nothing new was stored. */
    static class AlreadyRegistered extends RuntimeException {

        AlreadyRegistered() {
            super("Interest already registered");
        }
    }
}
