// Positive: two caches whose keys a helper builds from its arguments alone. Keyed by a method and a class, the cache
// cannot grow with the workload but pins class loaders: a note. Keyed by a request's path, it grows: a warning.
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

class KeysBuiltByAHelper {
    record MethodKey(Method method, Class<?> type) {
    }

    record PathKey(String tenant, String path) {
    }

    // expect: UnboundedCollection note
    private static final Map<Object, String> OPERATIONS = new ConcurrentHashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<Object, StringBuilder> PAGES = new ConcurrentHashMap<>();

    static String operations(Method method, Class<?> target) {
        Object key = keyFor(method, target);
        return OPERATIONS.computeIfAbsent(key, k -> Objects.toString(method) + target);
    }

    static StringBuilder page(String tenant, String path) {
        Object key = pageKey(tenant, path);
        StringBuilder page = PAGES.get(key);
        if (page == null) {
            page = new StringBuilder(path);
            PAGES.put(key, page);
        }
        return page;
    }

    private static Object keyFor(Method method, Class<?> target) {
        return new MethodKey(method, target);
    }

    private static Object pageKey(String tenant, String path) {
        return new PathKey(tenant, path);
    }
}
