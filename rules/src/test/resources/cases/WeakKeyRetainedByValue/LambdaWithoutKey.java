// Negative: lambda values and computeIfAbsent mapping functions that do not capture or use the key.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

class LambdaWithoutKey {
    private static final Map<Object, Runnable> HOOKS = new WeakHashMap<>();
    private static final Map<Object, List<String>> EVENTS = new WeakHashMap<>();

    static void hook(Object key, String message) {
        HOOKS.put(key, () -> System.out.println(message));
    }

    static void event(Object key, String event) {
        EVENTS.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
    }
}
