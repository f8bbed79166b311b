// Positive (notes): partial evidence: a class a loader hands back, or a public member a class lists, may belong to a parent loader (delegation, inheritance), so the key may or may not be pinned.
import java.lang.reflect.Method;
import java.util.Map;
import java.util.WeakHashMap;

class LoaderKeyedValueMayBeAParents {
    private static final Map<ClassLoader, Class<?>> LOADED = new WeakHashMap<>();
    private static final Map<Class<?>, Method[]> PUBLIC_METHODS = new WeakHashMap<>();

    static Class<?> load(ClassLoader loader, String name) throws ClassNotFoundException {
        Class<?> type = loader.loadClass(name);
        // expect: WeakKeyRetainedByValue note
        LOADED.put(loader, type);
        return type;
    }

    static void list(Class<?> type) {
        // expect: WeakKeyRetainedByValue note
        PUBLIC_METHODS.put(type, type.getMethods());
    }
}
