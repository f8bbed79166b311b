import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Small arrays (64 KiB, 512 bytes) added to static collections that are also drained: no single add is large.
class SmallAddsToStaticCollections {
    private static final List<byte[]> CHUNKS = new ArrayList<>();
    private static final Map<String, byte[]> HEADERS = new HashMap<>();

    static void reserve(String name) {
        CHUNKS.add(new byte[64 * 1024]);
        HEADERS.put(name, new byte[512]);
    }

    static void release(String name) {
        CHUNKS.clear();
        HEADERS.remove(name);
    }
}
