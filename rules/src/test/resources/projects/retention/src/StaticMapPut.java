import java.util.HashMap;
import java.util.Map;

// A static map that a static method puts into and nothing ever removes from: it only grows.
class StaticMapPut {
    // expect: UnboundedCollection warning
    private static final Map<String, String> CACHE = new HashMap<>();

    static String lookup(String key) {
        String value = CACHE.get(key);
        if (value == null) {
            value = key.toUpperCase();
            CACHE.put(key, value);
        }
        return value;
    }
}
