import java.util.HashMap;
import java.util.Map;

// Shrinks are per field: SESSIONS is removed from, HITS (grown beside it) never is.
class OtherFieldRemoved {
    private static final Map<String, Object> SESSIONS = new HashMap<>();
    // expect: UnboundedCollection
    private static final Map<String, Long> HITS = new HashMap<>();

    static void open(String id, Object session) {
        SESSIONS.put(id, session);
        HITS.put(id, System.nanoTime());
    }

    static void close(String id) {
        SESSIONS.remove(id);
    }
}
