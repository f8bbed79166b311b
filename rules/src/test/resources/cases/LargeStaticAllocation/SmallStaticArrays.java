// Small static arrays: lookup tables of 256 to 16,384 elements stay far below 1 MiB.
class SmallStaticArrays {
    private static final int[] CRC_TABLE = new int[256];
    private static final byte[] BUFFER = new byte[4096];
    private static final long[] SLOTS = new long[16_384];
    private static final String[] NAMES = new String[1000];
    private static char[] scratch;

    static void init() {
        scratch = new char[8192];
    }

    static long mix(int i) {
        return CRC_TABLE[i & 0xff] + BUFFER[i & 4095] + SLOTS[i & 16_383] + (NAMES[0] == null ? 0 : 1) + scratch[0];
    }
}
