package dk.samspil.alerts.internal.matching;

import java.util.Arrays;

/** A growable list of ints without boxing. */
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

    int pop() {
        return values[--size];
    }
}
