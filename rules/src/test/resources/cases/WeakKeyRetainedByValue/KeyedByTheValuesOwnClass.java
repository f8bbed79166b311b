// Positive: the key is derived from the value itself: the value's class, or the loader that defined the value's class (commons-logging's per-loader factory cache). The value reaches both through its class.
import java.util.Map;
import java.util.WeakHashMap;

class KeyedByTheValuesOwnClass {
    private static final Map<Class<?>, Object> BY_TYPE = new WeakHashMap<>();
    private static final Map<ClassLoader, Object> FACTORIES = new WeakHashMap<>();

    static final class Descriptor {
        final Object bean;

        Descriptor(Object bean) {
            this.bean = bean;
        }
    }

    static void register(Object bean) {
        // expect: WeakKeyRetainedByValue error
        BY_TYPE.put(bean.getClass(), new Descriptor(bean));
    }

    static void factory(Object factory) {
        ClassLoader loader = factory.getClass().getClassLoader();
        // expect: WeakKeyRetainedByValue error
        FACTORIES.put(loader, factory);
    }
}
