// Negative: the keys are ordinary objects, not classes or loaders: a value holding the key's class (or another object of the same loader) does not reach the key, since a class does not refer to its instances; and a class literal of the project's own class lives and goes with the map's own loader.
import java.util.Map;
import java.util.WeakHashMap;

class ObjectKeyedMapHoldsItsClass {
    private static final Map<Object, Object> TYPES = new WeakHashMap<>();
    private static final Map<Class<?>, Object> DEFAULTS = new WeakHashMap<>();

    static final class Defaults {
        int retries = 3;
    }

    static void remember(Object bean, Object sibling) {
        TYPES.put(bean, bean.getClass());
        TYPES.put(bean, bean.getClass().getClassLoader());
        TYPES.put(bean, sibling);
        DEFAULTS.put(Defaults.class, new Defaults());
    }
}
