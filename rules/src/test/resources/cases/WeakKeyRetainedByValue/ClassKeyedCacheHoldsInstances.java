// Positive: a WeakHashMap keyed by Class holds an instance of that very class: the instance reaches its class's loader, the loader keeps every class it defined, so the key never becomes weakly reachable and the loader (a web app's, a plugin's) is never unloaded.
import java.util.Map;
import java.util.WeakHashMap;

class ClassKeyedCacheHoldsInstances {
    private static final Map<Class<?>, Object> SINGLETONS = new WeakHashMap<>();

    static <T> T instance(Class<T> type) throws ReflectiveOperationException {
        T made = type.getDeclaredConstructor().newInstance();
        // expect: WeakKeyRetainedByValue error
        SINGLETONS.put(type, made);
        return made;
    }

    static Object constants(Class<?> type) {
        // expect: WeakKeyRetainedByValue error
        return SINGLETONS.put(type, type.getEnumConstants());
    }
}
