import java.util.HashMap;
import java.util.Map;

// Entries are put on open and removed on close: the map has a shrink, so it is not unbounded.
class RemovedElsewhere {
    private static final Map<String, Long> OPEN_SINCE = new HashMap<>();

    static void open(String id) {
        OPEN_SINCE.put(id, System.nanoTime());
    }

    static long close(String id) {
        Long since = OPEN_SINCE.remove(id);
        return since == null ? 0 : System.nanoTime() - since;
    }
}
