package dk.samspil.alerts.internal.matching;

import java.util.Arrays;

/**
 * The subscriptions that hold one CPV code, term, buying unit or reference: a copy of each one's record (see
 * {@link SubscriptionIndex#records}), so the engine reads a posting front to back instead of jumping through memory
 * to every candidate. Records never change while in the index (a change is a removal and an addition), so the copies
 * stay true.
 */
final class Postings {

    private static final int RECORD = SubscriptionIndex.RECORD;

    int[] data = new int[0];
    int size;

    void add(int[] records, int base) {
        if ((size + 1) * RECORD > data.length) {
            data = Arrays.copyOf(data, (size + (size >> 1) + 2) * RECORD);
        }
        System.arraycopy(records, base, data, size * RECORD, RECORD);
        size++;
    }

    void remove(int slot) {
        for (int i = 0; i < size; i++) {
            if (data[i * RECORD + SubscriptionIndex.SLOT] == slot) {
                size--;
                System.arraycopy(data, size * RECORD, data, i * RECORD, RECORD);
                return;
            }
        }
    }
}
