package dk.samspil.alerts.internal.delivery;

/** What an alert is about; the names are those of {@code notify_on} and of {@code alert_delivery.kind}. */
enum AlertKind {
    NEW_ENTRY,
    MATERIAL_CHANGE,
    EVENT_ANNOUNCED,
    TENDER_PUBLISHED,
    REMINDER
}
