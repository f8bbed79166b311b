// Positive: the value is an array, or a collection made by a JDK factory, that holds the key.
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

class ArrayAndFactoryHoldKey {
    private final Map<Object, Object[]> slots = new WeakHashMap<>();
    private final Map<Object, List<Object>> chains = new WeakHashMap<>();

    void slot(Object key, Object extra) {
        // expect: WeakKeyRetainedByValue error
        slots.put(key, new Object[] {key, extra});
    }

    void chain(Object key, Object next) {
        // expect: WeakKeyRetainedByValue error
        chains.put(key, List.of(next, key));
    }
}
