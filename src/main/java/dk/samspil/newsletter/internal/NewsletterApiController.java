package dk.samspil.newsletter.internal;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of newsletters: anyone reads the public lists and signs up to one (double opt-in applies, as on the
 * form; rate-limited like every anonymous POST); staff with an API token create, send and read campaigns.
 */
@RestController
class NewsletterApiController {

    static final String LISTS = "/api/v1/lists";
    static final String CAMPAIGNS = "/api/v1/campaigns";
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    record ListJson(long id, String name, String purpose, boolean doubleOptIn, boolean marketing) {}

    record SubscriberJson(
            @Nullable String email,
            @Nullable String name,
            @Nullable String cvr,
            @Nullable String language) {}

    record AcceptedJson(String status) {}

    record CampaignRequestJson(
            @Nullable String subject,
            @Nullable String markdown,
            @Nullable List<Long> listIds,
            @Nullable String segmentId,
            @Nullable String scheduledAt) {}

    record CampaignJson(
            long id,
            String subject,
            String status,
            List<Long> listIds,
            @Nullable UUID segmentId,
            @Nullable Instant scheduledAt,
            @Nullable Instant sentAt,
            Campaigns.Figures figures) {}

    record SentJson(long id, int recipients) {}

    private final NewsletterSubscriptions subscriptions;
    private final Campaigns campaigns;
    private final ApiProblems problems;

    NewsletterApiController(NewsletterSubscriptions subscriptions, Campaigns campaigns, ApiProblems problems) {
        this.subscriptions = subscriptions;
        this.campaigns = campaigns;
        this.problems = problems;
    }

    @GetMapping(path = LISTS, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ListJson> lists() {
        return subscriptions.publicLists().stream()
                .map(l -> new ListJson(l.id(), l.name(), l.purpose(), l.doubleOptIn(), l.marketing()))
                .toList();
    }

    @PostMapping(
            path = LISTS + "/{id}/subscribers",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> subscribe(@PathVariable String id, @RequestBody SubscriberJson body, HttpServletRequest request) {
        Optional<Long> listId = id(id);
        if (listId.isEmpty()
                || subscriptions
                        .list(listId.get())
                        .filter(MailingList::isPublic)
                        .isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "newsletter.api.error.listNotFound", request);
        }
        String language = body.language() == null ? "da" : body.language();
        if (!"da".equals(language) && !"en".equals(language)) {
            throw new Rejected(new Violation("language", "newsletter.api.error.language"));
        }
        subscriptions.signUp(new NewsletterSubscriptions.SignUp(
                body.email(),
                body.name(),
                body.cvr(),
                List.of(listId.get()),
                language,
                NewsletterSubscriptions.Method.API,
                "api",
                request.getRemoteAddr(),
                true));
        return ResponseEntity.accepted().body(new AcceptedJson("PENDING_CONFIRMATION"));
    }

    @PostMapping(
            path = CAMPAIGNS,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CampaignJson> create(@RequestBody CampaignRequestJson body, Authentication user) {
        UUID segment = null;
        if (body.segmentId() != null && !body.segmentId().isBlank()) {
            try {
                segment = UUID.fromString(body.segmentId());
            } catch (IllegalArgumentException e) {
                throw new Rejected(new Violation("segmentId", "newsletter.error.segment.unknown"));
            }
        }
        LocalDateTime scheduled = null;
        if (body.scheduledAt() != null && !body.scheduledAt().isBlank()) {
            scheduled = scheduledAt(body.scheduledAt());
        }
        List<Long> lists = body.listIds() == null ? List.of() : body.listIds();
        long id = campaigns.create(
                new Campaigns.Draft(body.subject(), body.markdown(), lists, segment, scheduled), user.getName());
        return ResponseEntity.created(URI.create(CAMPAIGNS + "/" + id))
                .body(json(campaigns.find(id).orElseThrow()));
    }

    @PostMapping(path = CAMPAIGNS + "/{id}/send", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> send(@PathVariable String id, HttpServletRequest request) {
        Optional<Campaign> campaign = id(id).flatMap(campaigns::find);
        if (campaign.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "newsletter.api.error.campaignNotFound", request);
        }
        return ResponseEntity.ok(
                new SentJson(campaign.get().id(), campaigns.send(campaign.get().id())));
    }

    @GetMapping(path = CAMPAIGNS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> read(@PathVariable String id, HttpServletRequest request) {
        Optional<Campaign> campaign = id(id).flatMap(campaigns::find);
        if (campaign.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "newsletter.api.error.campaignNotFound", request);
        }
        return ResponseEntity.ok(json(campaign.get()));
    }

    private CampaignJson json(Campaign c) {
        return new CampaignJson(
                c.id(),
                c.subject(),
                c.status().name(),
                c.listIds(),
                c.segmentId(),
                c.scheduledAt(),
                c.sentAt(),
                campaigns.figures(c.id()));
    }

    /** A moment with offset ({@code 2027-01-04T09:00:00+01:00}), or Danish local time without one. */
    private static LocalDateTime scheduledAt(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(DANISH).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException again) {
                throw new Rejected(new Violation("scheduledAt", "newsletter.api.error.scheduledAt"));
            }
        }
    }

    private static Optional<Long> id(String text) {
        return text.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
