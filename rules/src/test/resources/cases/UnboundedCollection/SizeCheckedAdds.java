import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Adds guarded by a size check (a condition or an early return) are bounded.
class SizeCheckedAdds {
    private static final int MAX = 1_000;
    private static final Map<String, String> CACHE = new HashMap<>();
    private static final List<String> SAMPLES = new ArrayList<>();

    static void cache(String key, String value) {
        if (CACHE.size() < MAX) {
            CACHE.put(key, value);
        }
    }

    static void sample(String value) {
        if (SAMPLES.size() >= MAX) {
            return;
        }
        SAMPLES.add(value);
    }

    static String get(String key) {
        return CACHE.get(key);
    }
}
