package dk.samspil.alerts.internal;

import dk.samspil.alerts.AlertsProperties;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailThrottle;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribing, confirming, managing and leaving. A new subscription is PENDING until the address is confirmed from
 * the mail; a subscriber gets at most one confirmation mail per {@code samspil.mail-throttle.interval} (the
 * platform's {@link MailThrottle}), and that mail confirms every subscription pending at the time of confirming.
 * Consent is logged when given, confirmed and withdrawn.
 */
@Service
class AlertSubscriptions {

    /** The version of the consent text shown on the forms; change it when that text changes. */
    static final String CONSENT_TEXT_VERSION = "varsling-2026-11";

    private static final String SUBSCRIBER = "alert_subscriber";
    private static final String SUBSCRIPTION = "alert_subscription";

    enum Confirmation {
        CONFIRMED,
        ALREADY_CONFIRMED,
        UNKNOWN
    }

    record Overview(Subscriber subscriber, List<Subscription> subscriptions) {}

    private final AlertRepository repository;
    private final SubscriptionRules rules;
    private final AlertMails mails;
    private final SubscriptionSummaries summaries;
    private final ProcurementService procurements;
    private final AuditLog audit;
    private final MailThrottle throttle;
    private final AlertsProperties properties;
    private final Clock clock;

    AlertSubscriptions(
            AlertRepository repository,
            SubscriptionRules rules,
            AlertMails mails,
            SubscriptionSummaries summaries,
            ProcurementService procurements,
            AuditLog audit,
            MailThrottle throttle,
            AlertsProperties properties,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.mails = mails;
        this.summaries = summaries;
        this.procurements = procurements;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores a pending subscription and sends the confirmation mail unless one went out a moment ago. */
    /**
     * Checks a request against every rule without acting: a form whose own parsing failed (an unreadable amount)
     * still shows every other error at once. @throws Rejected with every broken rule
     */
    void check(SubscriptionRequest request) {
        rules.check(request, true);
    }

    /** As {@link #check(SubscriptionRequest)}, for the criteria of an existing subscription. */
    void check(Criteria criteria) {
        rules.check(criteria, true);
    }

    @Transactional
    long subscribe(SubscriptionRequest request, ConsentSource source, String clientAddress) {
        SubscriptionRequest checked = rules.check(request, true);
        Subscriber subscriber = subscriber(checked.email(), checked.name(), checked.companyCvr(), checked.language());
        long id = addPending(subscriber, SubscriptionKind.CRITERIA, null, checked.criteria(), source, clientAddress);
        confirmationMail(subscriber);
        return id;
    }

    /** Follows one public entry. @throws ProcurementNotFound for an unknown or unpublished reference */
    @Transactional
    long follow(String reference, String email, String language, String clientAddress) {
        requirePublic(reference);
        SubscriptionRequest checked =
                rules.check(new SubscriptionRequest(email, null, null, language, Criteria.follow()), false);
        Subscriber subscriber = repository
                .lockSubscriberByEmail(checked.email())
                .orElseGet(() -> subscriber(checked.email(), null, null, checked.language()));
        long id = addPending(
                subscriber,
                SubscriptionKind.FOLLOW,
                reference,
                checked.criteria(),
                ConsentSource.FOLLOW,
                clientAddress);
        confirmationMail(subscriber);
        return id;
    }

    /**
     * Follows an entry for an address whose owner confirmed their interest in it by e-mail in the engagement module:
     * active at once, without a second opt-in. A pending follow of the same entry is confirmed; an existing active
     * or paused one is left as it is, so handling the same confirmation twice changes nothing.
     */
    @Transactional
    void followConfirmedInterest(String reference, String email, String name, String cvr, String language) {
        String checked = rules.checkEmail(email);
        String lang = "en".equals(language) ? "en" : "da";
        Subscriber subscriber =
                repository.lockSubscriberByEmail(checked).orElseGet(() -> subscriber(checked, name, cvr, lang));
        Optional<Subscription> existing = repository.follow(subscriber.id(), reference);
        if (existing.isPresent() && existing.get().status() != SubscriptionStatus.PENDING) {
            return;
        }
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
        } else {
            id = addPending(
                    subscriber, SubscriptionKind.FOLLOW, reference, Criteria.follow(), ConsentSource.FOLLOW, null);
            repository.markFromInterest(id);
        }
        repository.activate(id, clock.instant());
        consent(subscriber, id, "CONFIRMED", null, ConsentSource.FOLLOW);
        audit.record(
                AuditLog.Action.UPDATE,
                SUBSCRIPTION,
                id,
                Map.of(
                        "status",
                        new AuditLog.Change(SubscriptionStatus.PENDING.name(), SubscriptionStatus.ACTIVE.name())),
                actor(subscriber));
    }

    /** Ends the follow that confirming an interest started; a follow the subscriber made themselves stays. */
    @Transactional
    void endInterestFollow(String reference, String email) {
        Optional<Subscriber> subscriber = repository.lockSubscriberByEmail(email);
        if (subscriber.isEmpty()) {
            return;
        }
        long subscriberId = subscriber.get().id();
        repository
                .interestFollow(subscriberId, reference)
                .flatMap(id -> repository.subscription(subscriberId, id))
                .ifPresent(follow -> delete(subscriber.get(), follow, null, actor(subscriber.get())));
    }

    /** Lifts a pause the sending side set after failed deliveries. */
    @Transactional
    void resumeDelivery(long subscriberId) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        if (subscriber.pausedAt() == null) {
            return;
        }
        repository.resumeDelivery(subscriberId);
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("pausedAt", new AuditLog.Change(subscriber.pausedAt().toString(), null));
        changes.put("pauseReason", new AuditLog.Change(subscriber.pauseReason(), null));
        audit.record(AuditLog.Action.UPDATE, SUBSCRIBER, subscriberId, changes, actor(subscriber));
    }

    void requirePublic(String reference) {
        procurements
                .find(reference)
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new ProcurementNotFound(reference));
    }

    @Transactional(readOnly = true)
    Optional<Overview> overview(long subscriberId) {
        return repository
                .subscriber(subscriberId)
                .map(subscriber -> new Overview(subscriber, repository.subscriptions(subscriberId)));
    }

    /** Activates the subscriber's pending subscriptions. Replaying the link is harmless. */
    @Transactional
    Confirmation confirm(long subscriberId, String clientAddress) {
        Optional<Subscriber> found = repository.lockSubscriber(subscriberId);
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        Subscriber subscriber = found.get();
        List<Long> confirmed = repository.confirmPending(subscriberId, clock.instant());
        if (confirmed.isEmpty()) {
            return repository.subscriptions(subscriberId).isEmpty()
                    ? Confirmation.UNKNOWN
                    : Confirmation.ALREADY_CONFIRMED;
        }
        for (long id : confirmed) {
            consent(subscriber, id, "CONFIRMED", clientAddress, repository.consentSource(id));
            audit.record(
                    AuditLog.Action.UPDATE,
                    SUBSCRIPTION,
                    id,
                    Map.of(
                            "status",
                            new AuditLog.Change(SubscriptionStatus.PENDING.name(), SubscriptionStatus.ACTIVE.name())),
                    actor(subscriber));
        }
        return Confirmation.CONFIRMED;
    }

    @Transactional
    void update(long subscriberId, long subscriptionId, Criteria criteria) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        Subscription before =
                repository.subscription(subscriberId, subscriptionId).orElseThrow(SubscriptionNotFound::new);
        if (before.kind() == SubscriptionKind.FOLLOW) {
            throw new SubscriptionNotFound();
        }
        Criteria checked = rules.check(criteria, true);
        repository.updateCriteria(subscriptionId, checked);
        audit.record(
                AuditLog.Action.UPDATE,
                SUBSCRIPTION,
                subscriptionId,
                AuditLog.diff(before.criteria(), checked),
                actor(subscriber));
    }

    /** Pauses an active or resumes a paused subscription; a pending one is left alone until it is confirmed. */
    @Transactional
    void setPaused(long subscriberId, long subscriptionId, boolean paused) {
        changePause(subscriberId, subscriptionId, paused, AlertSubscriptions::actor);
    }

    /** As {@link #setPaused(long, long, boolean)}, done by staff on the subscriber's request. */
    @Transactional
    void setPaused(long subscriberId, long subscriptionId, boolean paused, AuditActor staff) {
        changePause(subscriberId, subscriptionId, paused, subscriber -> staff);
    }

    private void changePause(
            long subscriberId, long subscriptionId, boolean paused, Function<Subscriber, AuditActor> actor) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        Subscription subscription =
                repository.subscription(subscriberId, subscriptionId).orElseThrow(SubscriptionNotFound::new);
        SubscriptionStatus from = subscription.status();
        SubscriptionStatus to = paused ? SubscriptionStatus.PAUSED : SubscriptionStatus.ACTIVE;
        if (from == SubscriptionStatus.PENDING || from == to) {
            return;
        }
        repository.updateStatus(subscriptionId, to);
        audit.record(
                AuditLog.Action.UPDATE,
                SUBSCRIPTION,
                subscriptionId,
                Map.of("status", new AuditLog.Change(from.name(), to.name())),
                actor.apply(subscriber));
    }

    @Transactional
    void remove(long subscriberId, long subscriptionId, String clientAddress) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        Subscription subscription =
                repository.subscription(subscriberId, subscriptionId).orElseThrow(SubscriptionNotFound::new);
        delete(subscriber, subscription, clientAddress, actor(subscriber));
    }

    /**
     * One-click unsubscribe: every subscription of the subscriber goes. The subscriber row stays (and is removed by
     * the clean-up) so that the consent log keeps the address until the subscriber asks for erasure.
     *
     * @return false when there was nothing to unsubscribe (already done, or unknown)
     */
    @Transactional
    boolean unsubscribe(long subscriberId, String clientAddress) {
        Optional<Subscriber> subscriber = repository.lockSubscriber(subscriberId);
        if (subscriber.isEmpty()) {
            return false;
        }
        List<Subscription> subscriptions = repository.subscriptions(subscriberId);
        subscriptions.forEach(
                subscription -> delete(subscriber.get(), subscription, clientAddress, actor(subscriber.get())));
        return !subscriptions.isEmpty();
    }

    /** Erasure: subscriber and subscriptions deleted, the consent log reduced to the hash of the address. */
    @Transactional
    void eraseAll(long subscriberId, String clientAddress) {
        erase(subscriberId, clientAddress, AlertSubscriptions::actor);
    }

    /** Erasure done by staff on the subscriber's request: no client address of the subscriber to record. */
    @Transactional
    void eraseAll(long subscriberId, AuditActor staff) {
        erase(subscriberId, null, subscriber -> staff);
    }

    private void erase(long subscriberId, String clientAddress, Function<Subscriber, AuditActor> actor) {
        Subscriber subscriber = repository.lockSubscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        AuditActor by = actor.apply(subscriber);
        repository
                .subscriptions(subscriberId)
                .forEach(subscription -> delete(subscriber, subscription, clientAddress, by));
        repository.deleteSubscriber(subscriberId);
        repository.anonymiseConsents(subscriber.email());
        audit.record(AuditLog.Action.DELETE, SUBSCRIBER, subscriberId, Map.of(), by);
    }

    /** Everything stored about the subscriber, for the JSON download. */
    @Transactional(readOnly = true)
    Map<String, Object> export(long subscriberId) {
        Subscriber subscriber = repository.subscriber(subscriberId).orElseThrow(SubscriptionNotFound::new);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscriber", subscriber);
        data.put("subscriptions", repository.subscriptions(subscriberId));
        data.put("consents", repository.consents(subscriber.email()));
        return data;
    }

    /**
     * Mails a fresh manage link when the address is known, at most once per throttle interval; says nothing either
     * way. Every request counts against the client's mail allowance, known address or not.
     */
    @Transactional
    void sendManageLink(String email) {
        String checked = rules.checkEmail(email);
        if (throttle.tryAcquire("alerts.link", checked)) {
            repository.lockSubscriberByEmail(checked).ifPresent(mails::sendManageLink);
        }
    }

    /** Removes what was never confirmed. Idempotent; several instances may run it at once. */
    @Transactional
    int deleteUnconfirmed() {
        Instant cutoff = clock.instant().minus(properties.pendingRetention());
        int deleted = repository.deleteUnconfirmed(cutoff);
        repository.deleteTombstones(cutoff);
        return deleted;
    }

    private Subscriber subscriber(String email, String name, String cvr, String language) {
        Optional<Subscriber> existing = repository.lockSubscriberByEmail(email);
        if (existing.isPresent()) {
            Subscriber before = existing.get();
            String newName = name != null ? name : before.name();
            String newCvr = cvr != null ? cvr : before.companyCvr();
            repository.updateSubscriberDetails(before.id(), newName, newCvr, language);
            Subscriber after = repository.lockSubscriber(before.id()).orElseThrow();
            Map<String, AuditLog.Change> changes = AuditLog.diff(before, after);
            changes.remove("confirmationSentAt");
            if (!changes.isEmpty()) {
                audit.record(AuditLog.Action.UPDATE, SUBSCRIBER, before.id(), changes, actor(after));
            }
            return after;
        }
        Subscriber created = repository.insertOrLockSubscriber(email, name, cvr, language, clock.instant());
        audit.record(AuditLog.Action.CREATE, SUBSCRIBER, created.id(), AuditLog.diff(null, created), actor(created));
        return created;
    }

    private long addPending(
            Subscriber subscriber,
            SubscriptionKind kind,
            String reference,
            Criteria criteria,
            ConsentSource source,
            String clientAddress) {
        long id = repository.insertSubscription(subscriber.id(), kind, reference, criteria, clock.instant());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("procurementReference", reference);
        state.put("criteria", criteria);
        state.put("status", SubscriptionStatus.PENDING);
        audit.record(AuditLog.Action.CREATE, SUBSCRIPTION, id, AuditLog.diff(null, state), actor(subscriber));
        consent(subscriber, id, "GIVEN", clientAddress, source);
        return id;
    }

    private void confirmationMail(Subscriber subscriber) {
        if (!throttle.tryAcquire("alerts.confirm", subscriber.email())) {
            return;
        }
        Instant now = clock.instant();
        List<String> pending = repository.subscriptions(subscriber.id()).stream()
                .filter(s -> s.status() == SubscriptionStatus.PENDING)
                .map(s -> summaries.summary(s, subscriber.locale()))
                .toList();
        repository.markConfirmationSent(subscriber.id(), now);
        mails.sendConfirmation(subscriber, pending);
    }

    private void delete(Subscriber subscriber, Subscription subscription, String clientAddress, AuditActor actor) {
        repository.deleteSubscription(subscription.id());
        consent(subscriber, subscription.id(), "WITHDRAWN", clientAddress, repository.consentSource(subscription.id()));
        audit.record(
                AuditLog.Action.DELETE,
                SUBSCRIPTION,
                subscription.id(),
                Map.of("status", new AuditLog.Change(subscription.status().name(), null)),
                actor);
    }

    private void consent(
            Subscriber subscriber, long subscriptionId, String action, String clientAddress, ConsentSource source) {
        repository.consent(
                subscriber.email(),
                subscriptionId,
                action,
                clock.instant(),
                clientAddress,
                CONSENT_TEXT_VERSION,
                source);
    }

    private static AuditActor actor(Subscriber subscriber) {
        return AuditActor.anonymous(subscriber.email());
    }
}
