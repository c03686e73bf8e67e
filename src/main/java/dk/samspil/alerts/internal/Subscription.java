package dk.samspil.alerts.internal;

import java.time.Instant;

/** One subscription of a subscriber: criteria, or one followed entry ({@code procurementReference}). */
record Subscription(
        long id,
        long subscriberId,
        SubscriptionKind kind,
        String procurementReference,
        Criteria criteria,
        SubscriptionStatus status,
        Instant createdAt,
        Instant confirmedAt) {}
