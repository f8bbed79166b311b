import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

// Weak maps let their entries go once the key is unreachable: not an unbounded collection.
class WeakHashMapCache {
    private static final Map<Object, String> LABELS = new WeakHashMap<>();
    private static final Map<Object, Integer> IDS = Collections.synchronizedMap(new WeakHashMap<>());

    static void label(Object target, String label) {
        LABELS.put(target, label);
    }

    static void number(Object target, int id) {
        IDS.put(target, id);
    }

    static String labelOf(Object target) {
        return LABELS.get(target) + IDS.get(target);
    }
}
