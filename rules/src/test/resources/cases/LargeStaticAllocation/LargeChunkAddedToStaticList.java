import java.util.ArrayList;
import java.util.List;

// A 2 MiB chunk allocated into a local, then added to a static list (which is cleared elsewhere): reported at the add.
class LargeChunkAddedToStaticList {
    private static final List<byte[]> CHUNKS = new ArrayList<>();

    static void reserve() {
        byte[] chunk = new byte[2 * 1024 * 1024];
        chunk[0] = 1;
        // expect: LargeStaticAllocation
        CHUNKS.add(chunk);
    }

    static void releaseAll() {
        CHUNKS.clear();
    }
}
