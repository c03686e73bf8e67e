package dk.samspil.alerts.internal.matching;

import java.util.Arrays;

/** A growable list of ints without boxing: postings of the subscription index. */
final class IntList {

    int[] values;
    int size;

    IntList() {
        values = new int[4];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 4);
        }
        values[size++] = value;
    }

    /** Removes one occurrence; order is not kept. */
    void removeValue(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                values[i] = values[--size];
                return;
            }
        }
    }

    int pop() {
        return values[--size];
    }

    void trim() {
        if (values.length > size + 4) {
            values = Arrays.copyOf(values, size);
        }
    }
}
