package dk.samspil.alerts.internal.matching;

import java.util.Arrays;

/**
 * The subscriptions that hold one CPV code, term, buying unit or reference, each as a copy of what deciding it needs,
 * so the engine reads a posting front to back instead of jumping through memory to every candidate. Records never
 * change while in the index (a change is a removal and an addition), so the copies stay true.
 * <p>
 * Two sections. Most subscriptions are of the usual kind (see {@link MatchRules#reasons}) and small enough for a
 * compact entry of {@link #COMPACT} ints, half a record: the head (notify-on bits, frequency id, and which inline
 * fields hold this posting's key), the six inline code and keyword ids as 16-bit halves, minimum and maximum value in
 * whole DKK ({@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE} for none), subscription id and subscriber id.
 * Every other subscription has a copy of its whole record (see {@link SubscriptionIndex#records}) in {@link #data},
 * with its first buying unit and excluded term, which would otherwise cost a jump to the index's arrays.
 */
final class Postings {

    private static final int RECORD = SubscriptionIndex.RECORD;
    /** Ints per whole-record entry: the record, then its first buying unit and first excluded term. */
    static final int FULL = RECORD + 2;

    static final int FIRST_UNIT = RECORD;
    static final int FIRST_EXCLUDED = RECORD + 1;

    static final int COMPACT = 8;
    static final int HEAD = 0;
    static final int CODES_0_1 = 1;
    static final int CODE_2_KEYWORD_0 = 2;
    static final int KEYWORDS_1_2 = 3;
    static final int MIN_DKK = 4;
    static final int MAX_DKK = 5;
    static final int ID = 6;
    static final int SUBSCRIBER_ID = 7;
    /** In the head: the frequency id from this bit, then the fields holding the posting's key from {@link #OWN_SHIFT}. */
    static final int FREQUENCY_SHIFT = 8;

    static final int OWN_SHIFT = 16;

    int[] data = new int[0];
    int size;
    int[] compact = new int[0];
    int compactSize;

    void add(int[] records, int base, int firstUnit, int firstExcluded) {
        if ((size + 1) * FULL > data.length) {
            data = Arrays.copyOf(data, (size + (size >> 1) + 2) * FULL);
        }
        int at = size * FULL;
        System.arraycopy(records, base, data, at, RECORD);
        data[at + FIRST_UNIT] = firstUnit;
        data[at + FIRST_EXCLUDED] = firstExcluded;
        size++;
    }

    void addCompact(int[] entry) {
        if ((compactSize + 1) * COMPACT > compact.length) {
            compact = Arrays.copyOf(compact, (compactSize + (compactSize >> 1) + 2) * COMPACT);
        }
        System.arraycopy(entry, 0, compact, compactSize * COMPACT, COMPACT);
        compactSize++;
    }

    int candidates() {
        return size + compactSize;
    }

    void remove(int slot) {
        for (int i = 0; i < size; i++) {
            if (data[i * FULL + SubscriptionIndex.SLOT] == slot) {
                size--;
                System.arraycopy(data, size * FULL, data, i * FULL, FULL);
                return;
            }
        }
    }

    void removeCompact(long id) {
        for (int i = 0; i < compactSize; i++) {
            if (compact[i * COMPACT + ID] == id) {
                compactSize--;
                System.arraycopy(compact, compactSize * COMPACT, compact, i * COMPACT, COMPACT);
                return;
            }
        }
    }
}
