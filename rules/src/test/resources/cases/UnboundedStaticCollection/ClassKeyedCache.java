import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

// A cache keyed by Class is still unbounded: it pins every class (and its loader) it ever saw.
class ClassKeyedCache {
    // expect: UnboundedStaticCollection warning
    private static final ConcurrentMap<Class<?>, String> SIMPLE_NAMES = new ConcurrentHashMap<>();

    static String simpleName(Class<?> type) {
        String name = SIMPLE_NAMES.get(type);
        if (name == null) {
            name = type.getSimpleName();
            SIMPLE_NAMES.putIfAbsent(type, name);
        }
        return name;
    }
}
