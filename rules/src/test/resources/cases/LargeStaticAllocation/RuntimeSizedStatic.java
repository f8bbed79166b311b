// Static arrays whose length is only known at run time (system properties): unknown size, no finding.
class RuntimeSizedStatic {
    private static final int[] COUNTS = new int[Integer.getInteger("counts.size", 10)];
    private static final long[] SLOTS = new long[Integer.parseInt(System.getProperty("slots", "1000000"))];
    private static final byte[] BUFFER = new byte[Integer.getInteger("buffer.mb", 1) * 1024 * 1024];

    static long first() {
        return COUNTS[0] + SLOTS[0] + BUFFER[0];
    }
}
