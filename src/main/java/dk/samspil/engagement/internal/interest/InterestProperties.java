package dk.samspil.engagement.internal.interest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of expressions of interest under {@code samspil.engagement.interest.*}.
 *
 * @param confirmLinkValidity how long the link in the confirmation mail works
 * @param pageLinkValidity    how long the personal link to the interest page works
 * @param pendingRetention    unconfirmed interests are deleted after this time
 * @param cleanupInterval     how often the clean-up of unconfirmed interests runs
 */
@ConfigurationProperties("samspil.engagement.interest")
public record InterestProperties(
        @DefaultValue("7d") Duration confirmLinkValidity,
        @DefaultValue("180d") Duration pageLinkValidity,
        @DefaultValue("7d") Duration pendingRetention,
        @DefaultValue("1h") Duration cleanupInterval) {}
