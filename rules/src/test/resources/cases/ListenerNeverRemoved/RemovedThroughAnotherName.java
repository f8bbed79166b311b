import java.util.HashSet;
import java.util.Set;

// Negative: the connection registers with its factory and, when it closes, takes itself out through a method whose
// name does not pair with the registration (removeConnection undoes track): the same field is emptied, so it counts.
class RemovedThroughAnotherName {
    static final class Factory {
        private final Set<Connection> open = new HashSet<>();

        void track(Connection c) {
            open.add(c);
        }

        void removeConnection(Connection c) {
            open.remove(c);
        }
    }

    static final class Connection {
        private final Factory factory;

        Connection(Factory factory) {
            this.factory = factory;
        }

        void start() {
            factory.track(this);
        }

        void close() {
            factory.removeConnection(this);
        }
    }
}
