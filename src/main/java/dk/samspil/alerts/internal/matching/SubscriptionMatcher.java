package dk.samspil.alerts.internal.matching;

/**
 * Finds the subscriptions news should reach. Implementations see every committed subscription change, whichever
 * instance made it, before they match.
 */
public interface SubscriptionMatcher {

    /**
     * Every {@code ACTIVE} subscription whose {@code notify_on} holds {@code notifyOn} and that matches the target:
     * criteria subscriptions by their rules, follow subscriptions when they follow one of the target's references.
     * Paused subscribers are not filtered here; the delivery side skips them.
     *
     * @param notifyOn name of a {@code NotifyOn} kind
     */
    SubscriptionMatches match(MatchTarget target, String notifyOn);
}
