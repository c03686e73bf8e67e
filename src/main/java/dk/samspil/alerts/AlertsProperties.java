package dk.samspil.alerts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alert settings under {@code samspil.alerts.*}.
 *
 * @param confirmLinkValidity         how long the link in a confirmation mail works
 * @param manageLinkValidity          how long a manage link works
 * @param unsubscribeLinkValidity     how long an unsubscribe link (and its List-Unsubscribe header) works
 * @param pendingRetention            unconfirmed subscriptions are deleted after this time
 * @param cleanupInterval             how often the clean-up of unconfirmed subscriptions runs
 * @param digestHour                  hour of the day (0–23, Europe/Copenhagen) when daily and weekly digests go out
 * @param weeklyDay                   weekday of the weekly digest
 * @param digestCheckInterval         how often the digest job looks for digests that are due
 * @param reminderDays                a reminder goes out this many days before a tender's expected publication
 * @param pauseAfterFailures          a subscriber is paused when this many of their latest alert mails in a row
 *                                    could not be delivered (a hard bounce pauses at once)
 * @param matchingRefreshTimeout      how long the subscription index waits for in-flight subscription changes to
 *                                    commit before it matches; matching fails after that
 */
@ConfigurationProperties("samspil.alerts")
@Validated
public record AlertsProperties(
        @DefaultValue("7d") Duration confirmLinkValidity,
        @DefaultValue("30d") Duration manageLinkValidity,
        @DefaultValue("365d") Duration unsubscribeLinkValidity,
        @DefaultValue("7d") Duration pendingRetention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("7") @Min(0) @Max(23) int digestHour,
        @DefaultValue("MONDAY") DayOfWeek weeklyDay,
        @DefaultValue("5m") Duration digestCheckInterval,
        @DefaultValue("30") @Min(1) int reminderDays,
        @DefaultValue("3") @Min(1) int pauseAfterFailures,
        @DefaultValue("10s") Duration matchingRefreshTimeout) {}
