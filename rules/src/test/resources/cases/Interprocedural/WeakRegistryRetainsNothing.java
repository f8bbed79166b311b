import java.util.Map;
import java.util.WeakHashMap;

// Negative: the registry holds its listeners as the keys of a weak map: registering keeps nothing alive.
class WeakRegistryRetainsNothing {
    static final class Registry {
        private final Map<Object, Boolean> listeners = new WeakHashMap<>();

        void addListener(Object listener) {
            listeners.put(listener, Boolean.TRUE);
        }
    }

    private final Registry registry;

    WeakRegistryRetainsNothing(Registry registry) {
        this.registry = registry;
    }

    void start() {
        registry.addListener(this);
    }
}
