package dk.samspil.alerts.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support staff see of a subscriber and may do on the subscriber's request (on the phone): send a fresh manage
 * link, pause or resume a subscription, lift the pause the sending side put on the address, erase everything. Every
 * action is audited in the name of the staff user. For the staff pages in {@code alerts.internal.staff}.
 */
@Service
public class SubscriberSupport {

    private static final String SUBSCRIBER = "alert_subscriber";

    public record SubscriberView(
            long id,
            String email,
            String name,
            String companyCvr,
            String language,
            Instant createdAt,
            Instant pausedAt,
            String pauseReason,
            Instant confirmationSentAt,
            List<SubscriptionView> subscriptions,
            List<ConsentView> consents) {}

    /** @param kind CRITERIA or FOLLOW; @param status PENDING, ACTIVE or PAUSED */
    public record SubscriptionView(
            long id,
            String kind,
            String status,
            String summary,
            String frequency,
            Instant createdAt,
            Instant confirmedAt) {}

    /** One record of the consent log; {@code clientAddress} is {@code null} for consent withdrawn through staff. */
    public record ConsentView(
            long subscriptionId, String action, Instant at, String source, String textVersion, String clientAddress) {}

    private final AlertSubscriptions subscriptions;
    private final AlertRepository repository;
    private final SubscriptionSummaries summaries;
    private final AuditLog audit;
    private final Clock clock;

    SubscriberSupport(
            AlertSubscriptions subscriptions,
            AlertRepository repository,
            SubscriptionSummaries summaries,
            AuditLog audit,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SubscriberView> subscriber(long id, Locale locale) {
        return subscriptions.overview(id).map(overview -> {
            Subscriber s = overview.subscriber();
            List<SubscriptionView> views = overview.subscriptions().stream()
                    .map(sub -> new SubscriptionView(
                            sub.id(),
                            sub.kind().name(),
                            sub.status().name(),
                            summaries.summary(sub, locale),
                            sub.criteria().frequency(),
                            sub.createdAt(),
                            sub.confirmedAt()))
                    .toList();
            List<ConsentView> consents = repository.consents(s.email()).stream()
                    .map(row -> new ConsentView(
                            ((Number) row.get("subscription_id")).longValue(),
                            (String) row.get("action"),
                            ((Timestamp) row.get("at")).toInstant(),
                            (String) row.get("source"),
                            (String) row.get("text_version"),
                            (String) row.get("client_address")))
                    .toList();
            return new SubscriberView(
                    s.id(),
                    s.email(),
                    s.name(),
                    s.companyCvr(),
                    s.language(),
                    s.createdAt(),
                    s.pausedAt(),
                    s.pauseReason(),
                    s.confirmationSentAt(),
                    views,
                    consents);
        });
    }

    /** Mails the subscriber a fresh manage link; links sent earlier keep working. */
    @Transactional
    public void sendManageLink(long subscriberId) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        subscriptions.sendManageLink(subscriber.email());
        audit.record(
                AuditLog.Action.UPDATE,
                SUBSCRIBER,
                subscriberId,
                Map.of(
                        "manageLinkSentAt",
                        new AuditLog.Change(null, clock.instant().toString())),
                AuditActor.current());
    }

    /** @throws SubscriptionNotFound when the subscription is not the subscriber's (or gone) */
    @Transactional
    public void setPaused(long subscriberId, long subscriptionId, boolean paused) {
        subscriptions.setPaused(subscriberId, subscriptionId, paused, AuditActor.current());
    }

    /** Lets mail go to the address again after the sending side paused it; nothing happens when it is not paused. */
    @Transactional
    public void resumeSending(long subscriberId) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        if (repository.clearPause(subscriberId)) {
            audit.record(
                    AuditLog.Action.UPDATE,
                    SUBSCRIBER,
                    subscriberId,
                    Map.of(
                            "pausedAt",
                            new AuditLog.Change(String.valueOf(subscriber.pausedAt()), null),
                            "pauseReason",
                            new AuditLog.Change(subscriber.pauseReason(), null)),
                    AuditActor.current());
        }
    }

    /** Deletes the subscriber and every subscription; the consent log keeps only the hash of the address. */
    @Transactional
    public void eraseAll(long subscriberId) {
        subscriptions.eraseAll(subscriberId, AuditActor.current());
    }
}
