package dev.refflow.flow;

import java.util.Arrays;

/** A small immutable sorted set of ints: the abstract objects a variable may point to. */
final class IntSet {
    static final IntSet EMPTY = new IntSet(new int[0]);
    private final int[] values;

    private IntSet(int[] sortedDistinct) {
        this.values = sortedDistinct;
    }

    static IntSet of(int value) {
        return new IntSet(new int[] {value});
    }

    static IntSet of(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        int n = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[n++] = copy[i];
            }
        }
        return n == 0 ? EMPTY : new IntSet(Arrays.copyOf(copy, n));
    }

    IntSet union(IntSet other) {
        if (other.values.length == 0 || other == this) {
            return this;
        }
        if (values.length == 0) {
            return other;
        }
        int[] merged = new int[values.length + other.values.length];
        System.arraycopy(values, 0, merged, 0, values.length);
        System.arraycopy(other.values, 0, merged, values.length, other.values.length);
        return of(merged);
    }

    IntSet with(int value) {
        return contains(value) ? this : union(of(value));
    }

    IntSet replace(int from, int to) {
        if (!contains(from)) {
            return this;
        }
        int[] copy = values.clone();
        copy[Arrays.binarySearch(values, from)] = to;
        return of(copy);
    }

    boolean contains(int value) {
        return Arrays.binarySearch(values, value) >= 0;
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    int size() {
        return values.length;
    }

    int single() {
        return values[0];
    }

    int[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntSet s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
