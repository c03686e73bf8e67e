package dk.samspil.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert settings under {@code samspil.alerts.*}.
 *
 * @param confirmLinkValidity         how long the link in a confirmation mail works
 * @param manageLinkValidity          how long a manage link works
 * @param unsubscribeLinkValidity     how long an unsubscribe link (and its List-Unsubscribe header) works
 * @param confirmationMailInterval    at most one confirmation mail per subscriber within this time
 * @param pendingRetention            unconfirmed subscriptions are deleted after this time
 * @param cleanupInterval             how often the clean-up of unconfirmed subscriptions runs
 * @param matchingRefreshTimeout      how long the subscription index waits for in-flight subscription changes to
 *                                    commit before it matches; matching fails after that
 */
@ConfigurationProperties("samspil.alerts")
public record AlertsProperties(
        @DefaultValue("7d") Duration confirmLinkValidity,
        @DefaultValue("30d") Duration manageLinkValidity,
        @DefaultValue("365d") Duration unsubscribeLinkValidity,
        @DefaultValue("10m") Duration confirmationMailInterval,
        @DefaultValue("7d") Duration pendingRetention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("10s") Duration matchingRefreshTimeout) {
}
