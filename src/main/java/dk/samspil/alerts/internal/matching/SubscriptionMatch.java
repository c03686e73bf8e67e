package dk.samspil.alerts.internal.matching;

import java.util.List;

import dk.samspil.alerts.internal.Frequency;

/** One active subscription that matched a {@link MatchTarget}, and why. */
public record SubscriptionMatch(long subscriptionId, long subscriberId, Frequency frequency, List<MatchReason> reasons) {

    public SubscriptionMatch {
        reasons = List.copyOf(reasons);
    }
}
