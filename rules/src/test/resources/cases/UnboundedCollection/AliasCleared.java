import java.util.HashMap;
import java.util.Map;

// A clear() through a local alias of the static map is a clear of the map.
class AliasCleared {
    private static final Map<String, Object> REGISTRY = new HashMap<>();

    static void bind(String name, Object value) {
        REGISTRY.put(name, value);
    }

    static void unbindAll() {
        Map<String, Object> m = REGISTRY;
        m.clear();
    }
}
