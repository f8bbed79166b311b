// Positive: reflection caches keyed weakly by Class whose values are the class's own members or its loader: a Method, Field or Constructor refers to its declaring class, and the loader keeps the class.
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.WeakHashMap;

class ClassKeyedCacheHoldsMembers {
    private static final Map<Class<?>, Method[]> METHODS = new WeakHashMap<>();
    private static final Map<Class<?>, Field> ID_FIELDS = new WeakHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new WeakHashMap<>();
    private static final Map<Class<?>, ClassLoader> LOADERS = new WeakHashMap<>();

    static void describe(Class<?> type) throws ReflectiveOperationException {
        // expect: WeakKeyRetainedByValue error
        METHODS.put(type, type.getDeclaredMethods());
        Field id = type.getDeclaredField("id");
        // expect: WeakKeyRetainedByValue error
        ID_FIELDS.put(type, id);
        // expect: WeakKeyRetainedByValue error
        CONSTRUCTORS.putIfAbsent(type, type.getDeclaredConstructor());
        // expect: WeakKeyRetainedByValue error
        LOADERS.put(type, type.getClassLoader());
    }
}
