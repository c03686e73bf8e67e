package dk.samspil.alerts.internal.matching;

import dk.samspil.alerts.internal.Frequency;
import java.util.List;

/** One active subscription that matched a {@link MatchTarget}, and why. */
public record SubscriptionMatch(
        long subscriptionId, long subscriberId, Frequency frequency, List<MatchReason> reasons) {

    public SubscriptionMatch {
        reasons = List.copyOf(reasons);
    }
}
