import java.util.ArrayList;
import java.util.List;

// Large allocations held by instance fields live as long as their object, not the class: not this rule.
class LargeInInstanceFields {
    private static final int MB = 1024 * 1024;

    private final int[] data = new int[1_000_000];
    private final List<byte[]> chunks = new ArrayList<>();
    private long[] stamps;

    void reset() {
        stamps = new long[500_000];
        this.stamps[0] = 1;
    }

    void reserve() {
        chunks.add(new byte[4 * MB]);
    }

    int first() {
        return data[0] + chunks.size() + (int) stamps[0];
    }
}
