// Negative: class-keyed and loader-keyed weak maps whose values reach nothing of the key's loader: names and numbers are the platform's, a superclass or a parent loader may belong to another loader, and another class's members pin that class, not the key.
import java.util.Map;
import java.util.WeakHashMap;

class ClassKeyedCacheHoldsPlatformValues {
    private static final Map<Class<?>, Object> INFO = new WeakHashMap<>();
    private static final Map<ClassLoader, Object> PARENTS = new WeakHashMap<>();

    static final class Summary {
        final String name;
        final int modifiers;

        Summary(String name, int modifiers) {
            this.name = name;
            this.modifiers = modifiers;
        }
    }

    static void describe(Class<?> type, Class<?> other, ClassLoader loader) throws ReflectiveOperationException {
        INFO.put(type, type.getName());
        INFO.put(type, new Summary(type.getSimpleName(), type.getModifiers()));
        INFO.put(type, type.getSuperclass());
        INFO.put(type, other.getDeclaredMethods());
        INFO.put(type, other.getDeclaredConstructor().newInstance());
        PARENTS.put(loader, loader.getParent());
        PARENTS.put(loader, new Summary(loader.getName(), 0));
    }
}
