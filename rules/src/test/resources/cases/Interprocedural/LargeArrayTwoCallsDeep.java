// A size passed down two calls: 4 Mi longs, 32 MiB, decided by the outer method's constant.
class LargeArrayTwoCallsDeep {
    private static final int SLOTS = 1 << 22;

    long[] table() {
        // expect: LargeAllocationReturned
        return table(SLOTS);
    }

    private long[] table(int slots) {
        return zeroed(slots);
    }

    private static long[] zeroed(int length) {
        return new long[length];
    }
}
