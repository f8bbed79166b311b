// Large arrays allocated in static field initializers: each is retained for the life of the class.
class StaticArrayInitializers {
    // expect: LargeStaticAllocation warning
    static final int[] TABLE = new int[1_000_000];
    // expect: LargeStaticAllocation
    private static final long[] STAMPS = new long[500_000];
    // expect: LargeStaticAllocation
    private static final double[][] MATRIX = new double[1000][1000];
    // expect: LargeStaticAllocation
    private static final char[] TEXT = new char[1 << 20];
    // expect: LargeStaticAllocation
    private static final Integer[] BOXES = new Integer[500_000];

    static int cell(int i, int j) {
        return TABLE[i] + (int) STAMPS[j] + (int) MATRIX[i % 1000][j % 1000] + TEXT[i] + (BOXES[j] == null ? 0 : 1);
    }
}
