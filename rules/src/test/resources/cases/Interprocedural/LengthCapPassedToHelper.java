import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The largest array the VM allows is a cap on data read, not a size anyone means to allocate: a helper that copies
 * up to that many bytes returns what the stream held.
 */
class LengthCapPassedToHelper {
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    byte[] readAll(InputStream in, byte[] buffer) throws IOException {
        if (in.read() == -1) {
            return truncate(buffer, MAX_ARRAY_LENGTH);
        }
        return truncate(buffer, Integer.MAX_VALUE);
    }

    private static byte[] truncate(byte[] buffer, int length) {
        return Arrays.copyOf(buffer, length);
    }

    long[] table() {
        // a real size, passed the same way, is still reported
        // expect: LargeAllocationReturned
        return zeros(64 * 1024 * 1024);
    }

    private static long[] zeros(int length) {
        return new long[length];
    }
}
