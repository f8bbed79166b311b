// Negative: values computed from the key (toString, hashCode, identityHashCode, class name) do not refer to the key.
import java.util.Map;
import java.util.WeakHashMap;

class ValueDerivedFromKey {
    private static final Map<Object, String> LABELS = new WeakHashMap<>();
    private static final Map<Object, Integer> HASHES = new WeakHashMap<>();
    private static final Map<Object, String> TYPES = new WeakHashMap<>();

    static void describe(Object key) {
        LABELS.put(key, key.toString());
        HASHES.put(key, key.hashCode());
        HASHES.putIfAbsent(key, System.identityHashCode(key));
        TYPES.computeIfAbsent(key, k -> k.getClass().getName());
    }
}
