import java.util.HashMap;
import java.util.Map;

// Dispatch tables cached by the classes of the handlers they combine: one table per combination of classes, so the
// map cannot grow with the workload, but it keeps those classes (and their loader) reachable: a note. The same map
// keyed by the handlers' contents holds one entry per distinct set of values the callers pass: a warning.
class DispatchTables {
    // expect: UnboundedCollection note
    private static final Map<Object, int[]> BY_CLASSES = new HashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<Object, int[]> BY_VALUES = new HashMap<>();

    static int[] table(Object[] handlers) {
        Object key = TypeSignature.of(handlers);
        int[] table = BY_CLASSES.get(key);
        if (table == null) {
            table = new int[handlers.length];
            BY_CLASSES.put(key, table);
        }
        return table;
    }

    static int[] tableFor(Object[] values) {
        Object key = TypeSignature.ofContents(values);
        return BY_VALUES.computeIfAbsent(key, k -> new int[values.length]);
    }
}
