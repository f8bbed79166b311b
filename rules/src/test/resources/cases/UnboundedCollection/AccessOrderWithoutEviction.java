import java.util.LinkedHashMap;
import java.util.Map;

// An access-ordered LinkedHashMap is only an LRU cache if it overrides removeEldestEntry; this one does not.
class AccessOrderWithoutEviction {
    // expect: UnboundedCollection
    private static final Map<String, byte[]> RECENT = new LinkedHashMap<>(16, 0.75f, true);

    static void remember(String key, byte[] value) {
        RECENT.put(key, value);
    }

    static byte[] recall(String key) {
        return RECENT.get(key);
    }
}
