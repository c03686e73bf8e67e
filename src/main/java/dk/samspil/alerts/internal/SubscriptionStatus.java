package dk.samspil.alerts.internal;

/** Pending until the e-mail address is confirmed; only active subscriptions get alerts. */
enum SubscriptionStatus {
    PENDING,
    ACTIVE,
    PAUSED
}
