package dk.samspil.alerts.internal;

/** Criteria that entries are matched against, or one entry followed by its reference. */
enum SubscriptionKind {
    CRITERIA,
    FOLLOW
}
