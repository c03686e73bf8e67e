package dk.samspil.alerts.internal.delivery;

/** The {@code status} of an {@code alert_delivery} row. */
enum DeliveryStatus {
    /** Waits for the subscriber's digest. */
    PENDING,
    /** In the mail outbox. */
    QUEUED,
    /** Not sent; {@code skip_reason} says why (see {@link #PAUSED}). */
    SKIPPED;

    /** The {@code skip_reason} of alerts not sent because the subscriber is paused. */
    static final String PAUSED = "PAUSED";
}
