import java.util.HashMap;
import java.util.Map;

// Assigning the static field a fresh map releases everything the old one held.
class FieldReplaced {
    private static Map<String, String> cache = new HashMap<>();

    static void put(String key, String value) {
        cache.put(key, value);
    }

    static String get(String key) {
        return cache.get(key);
    }

    static void invalidate() {
        cache = new HashMap<>();
    }
}
