// Negative: fresh values built from unrelated data (a literal, a counter, an empty list) never reach the key.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

class UnrelatedValue {
    static final class Counter {
        final String label;
        int hits;

        Counter(String label) {
            this.label = label;
        }
    }

    private static final Map<Object, Counter> COUNTERS = new WeakHashMap<>();
    private final Map<Object, List<String>> notes = new WeakHashMap<>();

    static void count(Object key, String label) {
        COUNTERS.put(key, new Counter(label));
    }

    void note(Object key, String text) {
        List<String> list = new ArrayList<>();
        list.add(text);
        notes.put(key, list);
    }
}
