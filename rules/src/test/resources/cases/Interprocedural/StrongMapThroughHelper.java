import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Negative: the helper's map is an ordinary map: a value reaching its key is no weak-map leak.
class StrongMapThroughHelper {
    private final Map<Object, Object> byKey = new HashMap<>();

    void open(Object key) {
        List<Object> value = new ArrayList<>();
        value.add(key);
        put(key, value);
    }

    private void put(Object key, Object value) {
        byKey.put(key, value);
    }

    void close(Object key) {
        byKey.remove(key);
    }
}
