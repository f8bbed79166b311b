import java.util.HashMap;
import java.util.Map;

// Negative: the table is filled by a method that only a one-time guard calls.
class GrowthUnderOneTimeGuard {
    private static final Map<String, Integer> CODES = new HashMap<>();
    private static boolean loaded;

    static int code(String name) {
        if (!loaded) {
            load();
            loaded = true;
        }
        return CODES.getOrDefault(name, -1);
    }

    private static void load() {
        CODES.put("ok", 200);
        CODES.put("missing", 404);
    }
}
