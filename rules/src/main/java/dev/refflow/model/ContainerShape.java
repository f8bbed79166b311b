package dev.refflow.model;

import java.util.Map;

/**
 * The JDK collection implementations whose memory layout the size model knows, with the structure
 * (everything but the elements themselves) that {@code n} elements cost in each. Growth policies follow
 * the JDK 17 sources: ArrayList grows by half from 10, HashMap doubles its power-of-two table when the
 * size passes three quarters of it, and so on.
 */
public enum ContainerShape {
    ARRAY_LIST, VECTOR, LINKED_LIST, ARRAY_DEQUE, PRIORITY_QUEUE,
    HASH_MAP, LINKED_HASH_MAP, TREE_MAP, CONCURRENT_HASH_MAP, WEAK_HASH_MAP, IDENTITY_HASH_MAP,
    HASH_SET, LINKED_HASH_SET, TREE_SET,
    IMMUTABLE_LIST, IMMUTABLE_SET, IMMUTABLE_MAP,
    COPY_ON_WRITE_LIST, LINKED_QUEUE, SKIP_LIST,
    /** an array; its structure comes from its dimensions, not from this enum */
    ARRAY;

    public boolean isMap() {
        return switch (this) {
            case HASH_MAP, LINKED_HASH_MAP, TREE_MAP, CONCURRENT_HASH_MAP, WEAK_HASH_MAP, IDENTITY_HASH_MAP,
                 IMMUTABLE_MAP -> true;
            default -> false;
        };
    }

    /**
     * Bytes of the container's own structure holding {@code n} elements (the elements themselves not
     * included).
     *
     * @param initialCapacity the capacity passed to the constructor, or -1 for the default constructor
     * @param exact           true when the backing storage was sized exactly at creation (copy constructors,
     *                        {@code toArray}-based factories), false when it grew one element at a time
     */
    public long structureBytes(long n, long initialCapacity, boolean exact) {
        return switch (this) {
            case ARRAY_LIST -> 24 + arrayListStorage(n, initialCapacity, exact);
            case VECTOR -> 32 + JvmLayout.arrayBytes(
                    exact ? n : grown(n, initialCapacity < 0 ? 10 : initialCapacity, old -> old), 4);
            case LINKED_LIST -> 32 + 24 * n;
            case ARRAY_DEQUE -> 24 + JvmLayout.arrayBytes(arrayDequeCapacity(n, initialCapacity), 4);
            case PRIORITY_QUEUE -> 32 + JvmLayout.arrayBytes(
                    grown(n, initialCapacity < 0 ? 11 : Math.max(1, initialCapacity),
                            old -> old < 64 ? old + 2 : old >> 1), 4);
            case HASH_MAP -> hashMap(48, 32, n, initialCapacity);
            case LINKED_HASH_MAP -> hashMap(56, 40, n, initialCapacity);
            case WEAK_HASH_MAP -> hashMap(56 + 32, 40, n, initialCapacity);
            case CONCURRENT_HASH_MAP -> concurrentHashMap(n, initialCapacity);
            case IDENTITY_HASH_MAP -> 32 + JvmLayout.arrayBytes(2 * powerOfTwoAtLeast(Math.max(32, n * 3 / 2)), 4);
            case TREE_MAP -> 48 + 40 * n;
            case HASH_SET -> 16 + hashMap(48, 32, n,
                    exact ? Math.max((long) (n / .75f) + 1, 16) : initialCapacity) + (n > 0 ? 16 : 0);
            case LINKED_HASH_SET -> 16 + hashMap(56, 40, n,
                    exact ? Math.max(2 * n, 11) : initialCapacity < 0 ? 16 : initialCapacity) + (n > 0 ? 16 : 0);
            case TREE_SET -> 16 + 48 + 40 * n + (n > 0 ? 16 : 0);
            case IMMUTABLE_LIST -> n == 0 ? 0 : n <= 2 ? 24 : 24 + JvmLayout.arrayBytes(n, 4);
            case IMMUTABLE_SET -> n == 0 ? 0 : n <= 2 ? 24 : 24 + JvmLayout.arrayBytes(2 * n, 4);
            case IMMUTABLE_MAP -> n == 0 ? 0 : n == 1 ? 24 : 24 + JvmLayout.arrayBytes(4 * n, 4);
            case COPY_ON_WRITE_LIST -> 16 + 16 + JvmLayout.arrayBytes(n, 4);
            case LINKED_QUEUE -> 48 + 24 * (n + 1);
            case SKIP_LIST -> 64 + 56 * n;
            case ARRAY -> JvmLayout.arrayBytes(n, 4);
        };
    }

    private static long arrayListStorage(long n, long initialCapacity, boolean exact) {
        if (exact) {
            return n == 0 ? 0 : JvmLayout.arrayBytes(n, 4);
        }
        if (initialCapacity < 0) {
            // the default constructor shares one empty array until the first add, then allocates 10
            return n == 0 ? 0 : JvmLayout.arrayBytes(grown(n, 10, old -> old >> 1), 4);
        }
        if (initialCapacity == 0 && n == 0) {
            return 0;
        }
        return JvmLayout.arrayBytes(grown(n, initialCapacity, old -> old >> 1), 4);
    }

    /** Capacity after adding {@code n} elements one at a time, growing by {@code max(1, growth(old))}. */
    private static long grown(long n, long start, java.util.function.LongUnaryOperator growth) {
        long capacity = start;
        while (capacity < n) {
            capacity += Math.max(1, growth.applyAsLong(capacity));
        }
        return capacity;
    }

    private static long arrayDequeCapacity(long n, long initialCapacity) {
        long capacity = initialCapacity < 0 ? 17 : Math.max(1, initialCapacity + 1);
        while (capacity <= n) {
            capacity += Math.max(1, capacity < 64 ? capacity + 2 : capacity >> 1);
        }
        return capacity;
    }

    private static long hashMap(long shallow, long nodeBytes, long n, long initialCapacity) {
        if (n == 0) {
            return shallow;
        }
        long capacity = initialCapacity < 0 ? 16 : powerOfTwoAtLeast(Math.max(1, initialCapacity));
        while (n > (long) (capacity * 0.75f)) {
            capacity *= 2;
        }
        return shallow + JvmLayout.arrayBytes(capacity, 4) + nodeBytes * n;
    }

    private static long concurrentHashMap(long n, long initialCapacity) {
        if (n == 0) {
            return 64;
        }
        long capacity = initialCapacity < 0 ? 16
                : powerOfTwoAtLeast(initialCapacity + (initialCapacity >>> 1) + 1);
        while (n >= capacity - (capacity >>> 2)) {
            capacity *= 2;
        }
        return 64 + JvmLayout.arrayBytes(capacity, 4) + 32 * n;
    }

    static long powerOfTwoAtLeast(long value) {
        long p = 1;
        while (p < value) {
            p <<= 1;
        }
        return p;
    }
}
