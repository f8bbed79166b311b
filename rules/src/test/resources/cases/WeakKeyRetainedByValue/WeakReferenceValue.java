// Negative: the documented fix, the value holds its key only through a WeakReference, so the key stays collectable.
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

class WeakReferenceValue {
    private static final Map<Object, WeakReference<Object>> CANONICAL = new WeakHashMap<>();

    static Object intern(Object key) {
        WeakReference<Object> ref = CANONICAL.get(key);
        Object known = ref == null ? null : ref.get();
        if (known != null) {
            return known;
        }
        CANONICAL.put(key, new WeakReference<>(key));
        return key;
    }
}
