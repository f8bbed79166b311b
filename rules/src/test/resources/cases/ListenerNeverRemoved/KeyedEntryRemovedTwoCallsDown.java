import java.util.HashMap;
import java.util.Map;

// Negative: the connection enters its factory's session map under its id; on close it asks the factory to forget
// it, and the factory removes the entry by that id two calls further down: the owner does undo the registration.
class KeyedEntryRemovedTwoCallsDown {
    static final class Factory {
        private final Map<Long, Connection> sessions = new HashMap<>();

        void addSession(long id, Connection c) {
            sessions.put(id, c);
        }

        void removeSession(Connection c) {
            sessions.remove(c.id());
        }

        void forget(Connection c) {
            removeSession(c);
        }
    }

    static final class Connection {
        private final Factory factory;
        private final long id;

        Connection(Factory factory, long id) {
            this.factory = factory;
            this.id = id;
        }

        long id() {
            return id;
        }

        void open() {
            factory.addSession(id, this);
        }

        void close() {
            factory.forget(this);
        }
    }
}
