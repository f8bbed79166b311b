import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

// A strong cache keyed by Class: it cannot grow with the workload (there are only so many classes), but it pins
// every class it ever saw, and its class loader: a note that suggests ClassValue or weak keys.
class ClassKeyedCacheIsANote {
    // expect: UnboundedCollection note
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
