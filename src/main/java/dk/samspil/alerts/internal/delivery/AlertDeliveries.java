package dk.samspil.alerts.internal.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.alerts.internal.matching.MatchReason;
import dk.samspil.alerts.internal.matching.SubscriptionMatch;
import dk.samspil.alerts.internal.matching.SubscriptionMatcher;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;

/**
 * Turns news into one {@code alert_delivery} row per subscriber, and sends the immediate ones to the outbox in the
 * same transaction. The unique key of the table makes every step safe to repeat: a replayed event finds its rows
 * there and sends nothing again.
 */
@Service
class AlertDeliveries {

    static final String PAUSED = "PAUSED";
    private static final Logger log = LoggerFactory.getLogger(AlertDeliveries.class);
    private static final List<String> FREQUENCIES = List.of("IMMEDIATE", "DAILY", "WEEKLY");

    private final SubscriptionMatcher matcher;
    private final DeliveryRepository repository;
    private final AlertMailWriter writer;
    private final MailOutbox outbox;
    private final Clock clock;

    AlertDeliveries(SubscriptionMatcher matcher, DeliveryRepository repository, AlertMailWriter writer,
                    MailOutbox outbox, Clock clock) {
        this.matcher = matcher;
        this.repository = repository;
        this.writer = writer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many alerts went to the outbox */
    @Transactional
    int deliver(News news) {
        Map<Long, Collapsed> bySubscriber = collapse(matcher.match(news.target(), news.kind().name()),
                news.followersOnly());
        if (bySubscriber.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<Long, Recipient> recipients = repository.recipients(bySubscriber.keySet());
        List<DeliveryRepository.NewDelivery> rows = new ArrayList<>(bySubscriber.size());
        Map<Long, AlertContent> contents = new LinkedHashMap<>();
        for (Collapsed match : bySubscriber.values()) {
            Recipient recipient = recipients.get(match.subscriberId());
            if (recipient == null) {
                continue;
            }
            String reference = reference(news, match.reasons());
            AlertContent content = new AlertContent(news.entries().get(reference), news.happening(), match.reasons());
            contents.put(recipient.id(), content);
            rows.add(new DeliveryRepository.NewDelivery(recipient.id(), reference, news.kind(), news.changeKey(),
                    match.frequency(), content, recipient.paused() ? "SKIPPED" : "PENDING",
                    recipient.paused() ? PAUSED : null));
        }
        Map<Long, Long> inserted = repository.insertNew(rows, now);
        List<Long> deliveryIds = new ArrayList<>();
        List<OutgoingMail> mails = new ArrayList<>();
        AlertMailWriter.Batch batch = writer.batch();
        for (DeliveryRepository.NewDelivery row : rows) {
            Long id = inserted.get(row.subscriberId());
            if (id != null && "PENDING".equals(row.status()) && "IMMEDIATE".equals(row.frequency())) {
                AlertContent content = contents.get(row.subscriberId());
                deliveryIds.add(id);
                mails.add(batch.immediate(recipients.get(row.subscriberId()),
                        new AlertMailWriter.Section(content.entry(), List.of(content.happening()), content.reasons())));
            }
        }
        List<Long> outboxIds = outbox.enqueueAll(mails);
        repository.markQueued(deliveryIds, outboxIds, now);
        log.info("Alerts {} {}: {} matched, {} new, {} sent now", news.kind(), news.changeKey(), bySubscriber.size(),
                inserted.size(), mails.size());
        return mails.size();
    }

    private record Collapsed(long subscriberId, String frequency, List<MatchReason> reasons) {
    }

    /** One per subscriber: the reasons of all their matching subscriptions, the most immediate frequency of them. */
    private static Map<Long, Collapsed> collapse(List<SubscriptionMatch> matches, boolean followersOnly) {
        Map<Long, String> frequencies = new LinkedHashMap<>();
        Map<Long, Set<MatchReason>> reasons = new LinkedHashMap<>();
        for (SubscriptionMatch match : matches) {
            List<MatchReason> kept = followersOnly
                    ? match.reasons().stream().filter(r -> r.kind() == MatchReason.Kind.FOLLOW).toList()
                    : match.reasons();
            if (kept.isEmpty()) {
                continue;
            }
            frequencies.merge(match.subscriberId(), match.frequency(),
                    (a, b) -> FREQUENCIES.indexOf(a) <= FREQUENCIES.indexOf(b) ? a : b);
            reasons.computeIfAbsent(match.subscriberId(), id -> new LinkedHashSet<>()).addAll(kept);
        }
        Map<Long, Collapsed> collapsed = new LinkedHashMap<>();
        frequencies.forEach((subscriber, frequency) -> collapsed.put(subscriber,
                new Collapsed(subscriber, frequency, List.copyOf(reasons.get(subscriber)))));
        return collapsed;
    }

    /** The entry an alert is filed under: the one the subscriber follows, else the first the news is about. */
    private static String reference(News news, List<MatchReason> reasons) {
        return reasons.stream()
                .filter(r -> r.kind() == MatchReason.Kind.FOLLOW && news.entries().containsKey(r.subscribed()))
                .map(MatchReason::subscribed)
                .findFirst()
                .orElse(news.references().get(0));
    }
}
