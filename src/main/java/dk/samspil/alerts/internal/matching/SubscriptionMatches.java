package dk.samspil.alerts.internal.matching;

import dk.samspil.alerts.internal.Frequency;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The subscriptions that matched one target, kept column by column: a match costs four array stores instead of an
 * object, which matters when an entry matches thousands. Read it through the accessors; {@link #get} builds a
 * {@link SubscriptionMatch} for callers that want one.
 */
public final class SubscriptionMatches extends AbstractList<SubscriptionMatch> implements RandomAccess {

    private long[] subscriptionIds;
    private long[] subscriberIds;
    private Frequency[] frequencies;
    private List<MatchReason>[] reasons;
    private int size;

    SubscriptionMatches(int expected) {
        int capacity = Math.max(expected, 8);
        subscriptionIds = new long[capacity];
        subscriberIds = new long[capacity];
        frequencies = new Frequency[capacity];
        reasons = newReasons(capacity);
    }

    void add(long subscriptionId, long subscriberId, Frequency frequency, List<MatchReason> matchReasons) {
        if (size == subscriptionIds.length) {
            int capacity = size + (size >> 1) + 8;
            subscriptionIds = Arrays.copyOf(subscriptionIds, capacity);
            subscriberIds = Arrays.copyOf(subscriberIds, capacity);
            frequencies = Arrays.copyOf(frequencies, capacity);
            reasons = Arrays.copyOf(reasons, capacity);
        }
        subscriptionIds[size] = subscriptionId;
        subscriberIds[size] = subscriberId;
        frequencies[size] = frequency;
        reasons[size] = matchReasons;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    public long subscriptionId(int i) {
        return subscriptionIds[checked(i)];
    }

    public long subscriberId(int i) {
        return subscriberIds[checked(i)];
    }

    public Frequency frequency(int i) {
        return frequencies[checked(i)];
    }

    /** Why the i-th subscription matched; the list is shared with other matches and must not be changed. */
    public List<MatchReason> reasons(int i) {
        return reasons[checked(i)];
    }

    @Override
    public SubscriptionMatch get(int i) {
        return new SubscriptionMatch(subscriptionId(i), subscriberId(i), frequency(i), reasons(i));
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private static List<MatchReason>[] newReasons(int length) {
        return (List<MatchReason>[]) new List<?>[length];
    }
}
