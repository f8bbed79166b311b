// Negative: an alias of the key is reassigned to another object before the value is built from it.
import java.util.Map;
import java.util.WeakHashMap;

class ReassignedAlias {
    static final class Ref {
        final Object target;

        Ref(Object target) {
            this.target = target;
        }
    }

    private final Map<Object, Ref> refs = new WeakHashMap<>();

    void point(Object key, Object fallback) {
        Object target = key;
        target = fallback;
        refs.put(key, new Ref(target));
    }
}
