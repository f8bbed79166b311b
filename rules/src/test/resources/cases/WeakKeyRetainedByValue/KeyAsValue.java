// Positive: a static WeakHashMap stores the key itself as the value, so the key can never be cleared.
import java.util.Map;
import java.util.WeakHashMap;

class KeyAsValue {
    private static final Map<Object, Object> CANONICAL = new WeakHashMap<>();

    static Object intern(Object key) {
        Object known = CANONICAL.get(key);
        if (known != null) {
            return known;
        }
        // expect: WeakKeyRetainedByValue error
        CANONICAL.put(key, key);
        return key;
    }
}
