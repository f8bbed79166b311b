// Exactly at the 1 MiB threshold: 1,048,576 data bytes plus the 16-byte array header reach it.
class ThresholdBoundary {
    // expect: LargeStaticAllocation
    static final byte[] ONE_MIB = new byte[1024 * 1024];
    // expect: LargeStaticAllocation
    static final int[] QUARTER_MEGA = new int[262_144];

    static int peek() {
        return ONE_MIB[0] + QUARTER_MEGA[0];
    }
}
