// Negative: entries leave through a method reference to the map's own remove, called for each expired id.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class RemovedThroughAMethodReference {
    private static final Map<String, StringBuilder> SESSIONS = new ConcurrentHashMap<>();

    static void open(String id) {
        SESSIONS.put(id, new StringBuilder(id));
    }

    static void expire(List<String> ids) {
        ids.forEach(SESSIONS::remove);
    }
}
