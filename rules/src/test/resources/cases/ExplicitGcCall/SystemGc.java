import java.util.HashMap;
import java.util.Map;

class SystemGc {
    private final Map<String, byte[]> cache = new HashMap<>();

    void onBatchDone() {
        cache.clear();
        // expect: ExplicitGcCall
        System.gc();
    }
}
