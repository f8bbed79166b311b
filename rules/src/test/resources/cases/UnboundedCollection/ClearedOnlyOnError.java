import java.util.HashMap;
import java.util.Map;

// A map cleared only in a catch block, while every successful call adds to it, is not bounded by that clear: it grows
// for as long as nothing fails. A clear on the normal path (after each batch) bounds it.
class ClearedOnlyOnError {
    // expect: UnboundedCollection warning
    private static final Map<String, String> RESULTS = new HashMap<>();
    private static final Map<String, String> BATCH = new HashMap<>();

    static void process(String id) {
        try {
            RESULTS.put(id, id.trim());
        } catch (RuntimeException e) {
            RESULTS.clear();
            throw e;
        }
    }

    static void processBatch(Iterable<String> ids) {
        for (String id : ids) {
            BATCH.put(id, id.trim());
        }
        flush();
        BATCH.clear();
    }

    private static void flush() {
        System.out.println(BATCH.size());
    }
}
