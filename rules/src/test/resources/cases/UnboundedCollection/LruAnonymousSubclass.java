import java.util.LinkedHashMap;
import java.util.Map;

// A LinkedHashMap whose anonymous subclass overrides removeEldestEntry is a bounded LRU cache.
class LruAnonymousSubclass {
    private static final int MAX_ENTRIES = 100;

    private static final Map<String, String> LRU = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    static void put(String key, String value) {
        LRU.put(key, value);
    }

    static String get(String key) {
        return LRU.get(key);
    }
}
