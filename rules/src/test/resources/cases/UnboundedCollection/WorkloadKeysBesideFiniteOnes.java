import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

// The near misses of FiniteKeyDomains: the same shapes, but a key comes from the caller's data (a name, a
// concatenation with it, a number, a record with a free-text part, a name looked up without validation). Each
// distinct input adds an entry: these grow with the workload.
class WorkloadKeysBesideFiniteOnes {
    enum Format { JSON, XML }

    record Request(Format format, String path) {
    }

    static final String PREFIX = "user.";

    // expect: UnboundedCollection warning
    private static final Map<String, Object> BY_NAME = new HashMap<>();
    // expect: UnboundedCollection warning
    private static final Set<String> SEEN = new HashSet<>();
    // expect: UnboundedCollection warning
    private static final Map<Integer, String> BY_ID = new ConcurrentHashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<Request, String> BY_REQUEST = new ConcurrentHashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<String, Long> STARTED = new ConcurrentHashMap<>();

    // a static that is not final holds a different value after each call: not a constant key
    private static String currentRequest = "";

    static Object lookup(String user) {
        return BY_NAME.computeIfAbsent(PREFIX + user, k -> new Object());
    }

    static boolean firstVisit(String sessionId) {
        return SEEN.add(sessionId);
    }

    static String label(int id) {
        return BY_ID.computeIfAbsent(id, i -> "#" + i);
    }

    static String route(Format format, String path) {
        return BY_REQUEST.computeIfAbsent(new Request(format, path), r -> r.path().toLowerCase());
    }

    static void begin(String requestId) {
        currentRequest = requestId;
        STARTED.put(currentRequest, System.nanoTime());
    }

    // lower-casing accepts any text: nothing limits the names
    static String normalize(String name) {
        String key = name.toLowerCase();
        NORMALIZED.put(key, key.trim());
        return key;
    }
}
