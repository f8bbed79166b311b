// Positive: close() removes by the session object from a map keyed by its id: remove can never match a key, so the
// singleton bean's map keeps every session ever opened.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class RemoveWithValueInsteadOfKey {
    static final class Session {
        final String id;

        Session(String id) {
            this.id = id;
        }
    }

    // expect: UnboundedCollection warning
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Session open(String id) {
        Session s = new Session(id);
        sessions.put(id, s);
        return s;
    }

    void close(Session session) {
        sessions.remove(session);
    }
}
