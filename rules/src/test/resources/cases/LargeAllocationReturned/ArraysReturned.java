class ArraysReturned {
    private static final int MB = 1024 * 1024;

    int[] counters() {
        // expect: LargeAllocationReturned
        return new int[1_000_000];
    }

    byte[] buffer() {
        byte[] buf = new byte[64 * MB];
        buf[0] = 1;
        // expect: LargeAllocationReturned
        return buf;
    }

    double[][] matrix() {
        double[][] m = new double[1000][1000];
        // expect: LargeAllocationReturned
        return m;
    }
}
