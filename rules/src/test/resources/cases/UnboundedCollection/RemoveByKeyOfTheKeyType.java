// Negative: near miss of RemoveWithValueInsteadOfKey: close() removes by the id, and another removal passes an
// Object, which may be a key: both shrink the map.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class RemoveByKeyOfTheKeyType {
    static final class Session {
        final String id;

        Session(String id) {
            this.id = id;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    void open(String id, String token) {
        Session s = new Session(id);
        sessions.put(id, s);
        byToken.put(token, s);
    }

    void close(Session session) {
        sessions.remove(session.id);
    }

    void expire(Object token) {
        byToken.remove(token);
    }
}
