// Large arrays stored into static fields from methods (static or instance, directly, through an alias, or class-qualified).
class StaticArrayAssignedInMethod {
    private static final int MB = 1024 * 1024;

    private static byte[] buffer;
    private static long[] stamps;
    static int[] table;

    static void init() {
        // expect: LargeStaticAllocation
        buffer = new byte[8 * MB];
    }

    void reset() {
        long[] fresh = new long[500_000];
        fresh[0] = System.nanoTime();
        // expect: LargeStaticAllocation
        stamps = fresh;
    }

    static void grow() {
        // expect: LargeStaticAllocation
        StaticArrayAssignedInMethod.table = new int[1 << 20];
    }

    static int first() {
        return buffer[0] + (int) stamps[0] + table[0];
    }
}
