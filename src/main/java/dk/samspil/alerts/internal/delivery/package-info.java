/**
 * Alert delivery: matched news becomes one {@code alert_delivery} row per subscriber and is mailed at once or in a
 * daily or weekly digest; reminders before expected tenders; pausing subscribers whose mail bounces.
 */
package dk.samspil.alerts.internal.delivery;
