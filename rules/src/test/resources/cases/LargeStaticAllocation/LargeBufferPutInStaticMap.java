import java.util.HashMap;
import java.util.Map;

// A 4 MiB byte[] put into a static map: retained by the class until removed. Reported at the put.
class LargeBufferPutInStaticMap {
    private static final int MB = 1024 * 1024;
    private static final Map<String, byte[]> BUFFERS = new HashMap<>();

    static void open(String name) {
        // expect: LargeStaticAllocation
        BUFFERS.put(name, new byte[4 * MB]);
    }

    static void close(String name) {
        BUFFERS.remove(name);
    }
}
