import java.util.ArrayList;
import java.util.List;

// Just under 1 MiB (1,048,576 bytes): a million bytes is not a mebibyte.
class BelowThreshold {
    // 1,000,000 + 16 bytes
    private static final byte[] MILLION_BYTES = new byte[1_000_000];
    // 262,000 * 4 + 16 = 1,048,016 bytes
    private static final int[] ALMOST = new int[262_000];
    // 250,000 references * 4 + 16 bytes
    private static final String[] NAMES = new String[250_000];
    // backing array of 200,000 references: about 800 KB
    private static final List<String> RESERVED = new ArrayList<>(200_000);

    static int peek() {
        return MILLION_BYTES[0] + ALMOST[0] + (NAMES[0] == null ? 0 : 1) + RESERVED.size();
    }
}
