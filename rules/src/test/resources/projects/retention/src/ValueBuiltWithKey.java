// Positive: an instance WeakHashMap, declared as Map, stores an object constructed with the key as argument.
import java.util.Map;
import java.util.WeakHashMap;

class ValueBuiltWithKey {
    static final class Session {
        final Object owner;
        final long started;

        Session(Object owner, long started) {
            this.owner = owner;
            this.started = started;
        }
    }

    private final Map<Object, Session> sessions = new WeakHashMap<>();

    void open(Object user, long now) {
        // expect: WeakKeyRetainedByValue error
        sessions.put(user, new Session(user, now));
    }

    Session find(Object user) {
        return sessions.get(user);
    }
}
