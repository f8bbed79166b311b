import java.util.HashMap;
import java.util.Map;

// A size check that only logs does not bound anything: the put runs whatever the size.
class SizeCheckDoesNotGuard {
    private static final int MAX = 10_000;
    // expect: UnboundedCollection
    private static final Map<String, String> CACHE = new HashMap<>();

    static void store(String key, String value) {
        if (CACHE.size() > MAX) {
            System.err.println("cache is getting big: " + CACHE.size());
        }
        CACHE.put(key, value);
    }
}
