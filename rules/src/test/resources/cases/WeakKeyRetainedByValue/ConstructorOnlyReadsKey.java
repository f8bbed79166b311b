import java.util.Map;
import java.util.WeakHashMap;

// The value's constructor (and the one it hands its arguments to) only reads the key: it does not keep it.
class ConstructorOnlyReadsKey {
    static final class Node {
        String name() {
            return "n";
        }
    }

    static class Trace extends IllegalStateException {
        Trace(Node a, Node b) {
            super(a.name() + " -> " + b.name());
        }
    }

    static final class Conflict extends Trace {
        private final Trace cause;

        Conflict(Node a, Node b, Trace cause) {
            super(a, b);
            this.cause = cause;
        }
    }

    private final Map<Node, Trace> seen = new WeakHashMap<>();

    void record(Node acquired, Node held, Trace previous) {
        seen.put(acquired, new Trace(acquired, held));
        seen.put(acquired, new Conflict(acquired, held, previous));
    }
}
