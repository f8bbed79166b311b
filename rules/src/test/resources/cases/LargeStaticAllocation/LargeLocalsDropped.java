import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Large locals in static code that are dropped (or only passed to a call): only small results reach static fields.
class LargeLocalsDropped {
    private static final int CHECKSUM;
    private static final int LENGTH = new int[1_000_000].length;
    private static long total;

    static {
        int[] table = new int[1_000_000];
        int sum = 0;
        for (int i = 0; i < table.length; i++) {
            table[i] = i;
            sum += table[i];
        }
        CHECKSUM = sum;
    }

    static void compute() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        total = list.size();
    }

    static void fill() {
        byte[] buffer = new byte[8 * 1024 * 1024];
        Arrays.fill(buffer, (byte) 1);
        total += buffer.length;
    }

    static long value() {
        return CHECKSUM + LENGTH + total;
    }
}
