package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.internal.Frequency;
import dk.samspil.alerts.internal.matching.MatchReason;
import dk.samspil.alerts.internal.matching.SubscriptionMatcher;
import dk.samspil.alerts.internal.matching.SubscriptionMatches;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns news into one {@code alert_delivery} row per subscriber, and sends the immediate ones to the outbox in the
 * same transaction. Safe to repeat: a replayed event finds its rows there and sends nothing again, and an advisory
 * lock on the news makes a second instance handling it at the same time wait for the first.
 */
@Service
class AlertDeliveries {

    private static final Logger log = LoggerFactory.getLogger(AlertDeliveries.class);

    private final SubscriptionMatcher matcher;
    private final DeliveryRepository repository;
    private final AlertMailWriter writer;
    private final MailOutbox outbox;
    private final Clock clock;

    AlertDeliveries(
            SubscriptionMatcher matcher,
            DeliveryRepository repository,
            AlertMailWriter writer,
            MailOutbox outbox,
            Clock clock) {
        this.matcher = matcher;
        this.repository = repository;
        this.writer = writer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many alerts went to the outbox */
    @Transactional
    int deliver(News news) {
        repository.lockNews(news.kind(), news.changeKey());
        Map<Long, Collapsed> bySubscriber =
                collapse(matcher.match(news.target(), news.kind().name()), news);
        if (bySubscriber.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<Long, Recipient> recipients = repository.recipients(bySubscriber.keySet());
        Set<Long> delivered =
                repository.delivered(news.kind(), news.changeKey(), bySubscriber.keySet(), news.references());
        List<Pending> pending = new ArrayList<>(bySubscriber.size());
        List<OutgoingMail> mails = new ArrayList<>();
        AlertMailWriter.Batch batch = writer.batch();
        for (Collapsed match : bySubscriber.values()) {
            Recipient recipient = recipients.get(match.subscriberId());
            if (recipient == null || delivered.contains(recipient.id())) {
                continue;
            }
            String reference = reference(news, match.reasons());
            AlertContent content = new AlertContent(news.entries().get(reference), news.happening(), match.reasons());
            boolean sendNow = !recipient.paused() && match.frequency() == Frequency.IMMEDIATE;
            pending.add(new Pending(recipient, reference, match.frequency(), content, sendNow));
            if (sendNow) {
                mails.add(batch.immediate(
                        recipient,
                        new AlertMailWriter.Section(content.entry(), List.of(content.happening()), content.reasons())));
            }
        }
        Iterator<Long> outboxIds = outbox.enqueueAll(mails).iterator();
        List<DeliveryRepository.NewDelivery> rows = new ArrayList<>(pending.size());
        for (Pending row : pending) {
            Recipient recipient = row.recipient();
            DeliveryStatus status = row.sendNow()
                    ? DeliveryStatus.QUEUED
                    : recipient.paused() ? DeliveryStatus.SKIPPED : DeliveryStatus.PENDING;
            rows.add(new DeliveryRepository.NewDelivery(
                    recipient.id(),
                    row.reference(),
                    news.kind(),
                    news.changeKey(),
                    row.frequency(),
                    row.content(),
                    status,
                    recipient.paused() ? DeliveryStatus.PAUSED : null,
                    row.sendNow() ? outboxIds.next() : null));
        }
        repository.insert(rows, now);
        log.info(
                "Alerts {} {}: {} matched, {} new, {} sent now",
                news.kind(),
                news.changeKey(),
                bySubscriber.size(),
                rows.size(),
                mails.size());
        return mails.size();
    }

    private record Pending(
            Recipient recipient, String reference, Frequency frequency, AlertContent content, boolean sendNow) {}

    private record Collapsed(long subscriberId, Frequency frequency, List<MatchReason> reasons) {

        Collapsed with(Collapsed other) {
            Set<MatchReason> both = new LinkedHashSet<>(reasons);
            both.addAll(other.reasons());
            return new Collapsed(subscriberId, frequency.sooner(other.frequency()), List.copyOf(both));
        }
    }

    /**
     * One per subscriber: the reasons of all their matching subscriptions (without repeats), the most immediate
     * frequency of them. Most subscribers match once, and keep that match's reasons as they are.
     */
    private static Map<Long, Collapsed> collapse(SubscriptionMatches matches, News news) {
        Map<Long, Collapsed> collapsed = new LinkedHashMap<>(matches.size() * 2);
        for (int i = 0; i < matches.size(); i++) {
            List<MatchReason> kept = kept(news, matches.reasons(i));
            if (kept.isEmpty()) {
                continue;
            }
            long subscriber = matches.subscriberId(i);
            Collapsed earlier = collapsed.get(subscriber);
            Collapsed match = new Collapsed(
                    subscriber, matches.frequency(i), kept.size() == 1 ? kept : List.copyOf(new LinkedHashSet<>(kept)));
            collapsed.put(subscriber, earlier == null ? match : earlier.with(match));
        }
        return collapsed;
    }

    /**
     * The reasons this news may be sent for. Material of an event goes to followers only. A new entry goes to no one
     * for following it: an entry can only be followed once it is public, so its publication is never news to a
     * follower, even when the publication's alert runs late (retried, or replayed after a crash) and finds the
     * follow already there.
     */
    private static List<MatchReason> kept(News news, List<MatchReason> reasons) {
        if (news.followersOnly()) {
            return reasons.stream()
                    .filter(r -> r.kind() == MatchReason.Kind.FOLLOW)
                    .toList();
        }
        if (news.kind() == AlertKind.NEW_ENTRY && hasFollow(reasons)) {
            return reasons.stream()
                    .filter(r -> r.kind() != MatchReason.Kind.FOLLOW)
                    .toList();
        }
        return reasons;
    }

    private static boolean hasFollow(List<MatchReason> reasons) {
        for (MatchReason reason : reasons) {
            if (reason.kind() == MatchReason.Kind.FOLLOW) {
                return true;
            }
        }
        return false;
    }

    /** The entry an alert is filed under: the one the subscriber follows, else the first the news is about. */
    private static String reference(News news, List<MatchReason> reasons) {
        for (MatchReason reason : reasons) {
            if (reason.kind() == MatchReason.Kind.FOLLOW && news.entries().containsKey(reason.subscribed())) {
                return reason.subscribed();
            }
        }
        return news.references().get(0);
    }
}
