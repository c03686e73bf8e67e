package dk.samspil.alerts.internal.delivery;

import dk.samspil.alerts.AlertsProperties;
import dk.samspil.alerts.internal.Frequency;
import dk.samspil.alerts.internal.matching.MatchReason;
import dk.samspil.platform.MailOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends daily and weekly digests. A digest moment is {@code digest-hour} every day (daily) or on {@code weekly-day}
 * (weekly); each run sends every waiting alert created before the latest moment, so a run that comes late, or after
 * a restart, catches up. One subscriber at a time in its own transaction, the subscriber row locked with
 * {@code SKIP LOCKED}: several instances share the work and no alert is sent twice.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DeliveryRepository repository;
    private final AlertMailWriter writer;
    private final MailOutbox outbox;
    private final TransactionTemplate transactions;
    private final AlertsProperties properties;
    private final Clock clock;

    DigestJob(
            DeliveryRepository repository,
            AlertMailWriter writer,
            MailOutbox outbox,
            TransactionTemplate transactions,
            AlertsProperties properties,
            Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${samspil.alerts.digest-check-interval:5m}",
            fixedDelayString = "${samspil.alerts.digest-check-interval:5m}")
    void run() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            log.info("Alert digests: {} sent", sent);
        }
    }

    /** Sends the digests due at {@code now}; returns how many mails went to the outbox. */
    int sendDue(Instant now) {
        ZonedDateTime at = now.atZone(clock.getZone());
        ZonedDateTime today =
                at.toLocalDate().atTime(properties.digestHour(), 0).atZone(clock.getZone());
        ZonedDateTime daily = today.isAfter(at) ? today.minusDays(1) : today;
        ZonedDateTime weekly = today.with(TemporalAdjusters.previousOrSame(properties.weeklyDay()));
        if (weekly.isAfter(at)) {
            weekly = weekly.minusWeeks(1);
        }
        return send(Frequency.DAILY, daily.toInstant(), now) + send(Frequency.WEEKLY, weekly.toInstant(), now);
    }

    private int send(Frequency frequency, Instant cutoff, Instant now) {
        int sent = 0;
        AlertMailWriter.Batch batch = writer.batch();
        while (true) {
            Optional<Boolean> mailed = Optional.ofNullable(transactions.execute(status -> repository
                    .lockNextDigestSubscriber(frequency, cutoff)
                    .map(subscriber -> sendOne(subscriber, frequency, cutoff, now, batch))
                    .orElse(null)));
            if (mailed.isEmpty()) {
                return sent;
            }
            sent += mailed.get() ? 1 : 0;
        }
    }

    private boolean sendOne(
            long subscriberId, Frequency frequency, Instant cutoff, Instant now, AlertMailWriter.Batch batch) {
        List<DeliveryRepository.Delivery> rows = repository.claimDigestRows(subscriberId, frequency, cutoff);
        if (rows.isEmpty()) {
            return false;
        }
        List<Long> ids = rows.stream().map(DeliveryRepository.Delivery::id).toList();
        Recipient recipient = repository.recipients(List.of(subscriberId)).get(subscriberId);
        if (recipient.paused()) {
            repository.markSkipped(ids, DeliveryStatus.PAUSED);
            return false;
        }
        long outboxId = outbox.enqueueAll(List.of(batch.digest(recipient, frequency, sections(rows))))
                .get(0);
        repository.markQueued(ids, outboxId, now);
        return true;
    }

    /** One section per entry, in the order of its first news: the latest state, everything that happened, why. */
    static List<AlertMailWriter.Section> sections(List<DeliveryRepository.Delivery> rows) {
        Map<String, List<DeliveryRepository.Delivery>> byEntry = new LinkedHashMap<>();
        rows.forEach(row ->
                byEntry.computeIfAbsent(row.reference(), r -> new ArrayList<>()).add(row));
        List<AlertMailWriter.Section> sections = new ArrayList<>();
        byEntry.values().forEach(entryRows -> {
            Set<Happening> happenings = new LinkedHashSet<>();
            Set<MatchReason> reasons = new LinkedHashSet<>();
            entryRows.forEach(row -> {
                happenings.add(row.content().happening());
                reasons.addAll(row.content().reasons());
            });
            sections.add(new AlertMailWriter.Section(
                    latest(entryRows).content().entry(), List.copyOf(happenings), List.copyOf(reasons)));
        });
        return sections;
    }

    /**
     * The row with the entry's latest state: the highest pipeline change number, since listeners run concurrently
     * and may write the rows of two quick changes in either order; otherwise the newest row.
     */
    private static DeliveryRepository.Delivery latest(List<DeliveryRepository.Delivery> rows) {
        DeliveryRepository.Delivery latest = rows.get(rows.size() - 1);
        long highest = -1;
        for (DeliveryRepository.Delivery row : rows) {
            long change = row.changeKey().changeNumber();
            if (change > highest) {
                highest = change;
                latest = row;
            }
        }
        return latest;
    }
}
