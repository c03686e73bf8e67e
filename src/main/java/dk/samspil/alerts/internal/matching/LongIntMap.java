package dk.samspil.alerts.internal.matching;

/** Open-addressing map from subscription id to slot, without boxing; ids are positive. */
final class LongIntMap {

    private static final long EMPTY = 0;
    private static final long REMOVED = -1;

    private long[] keys = new long[16];
    private int[] values = new int[16];
    private int used;
    private int size;

    int size() {
        return size;
    }

    /** The slot of the id, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if ((used + 1) * 4 >= keys.length * 3) {
            rehash(size * 2 >= keys.length / 2 ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int free = -1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == REMOVED && free < 0) {
                free = i;
            } else if (k == EMPTY) {
                if (free < 0) {
                    free = i;
                    used++;
                }
                keys[free] = key;
                values[free] = value;
                size++;
                return;
            }
        }
    }

    void remove(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                keys[i] = REMOVED;
                size--;
                return;
            }
            if (k == EMPTY) {
                return;
            }
        }
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        used = 0;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && oldKeys[i] != REMOVED) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
