// Positive: the value object gets the key through a field store before it is put under that key.
import java.util.Map;
import java.util.WeakHashMap;

class FieldStoredOnValue {
    static final class Node {
        Object owner;
        int visits;
    }

    private final Map<Object, Node> nodes = new WeakHashMap<>();

    void visit(Object owner) {
        Node node = new Node();
        node.visits = 1;
        node.owner = owner;
        // expect: WeakKeyRetainedByValue error
        nodes.put(owner, node);
    }
}
