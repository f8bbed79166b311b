// Negative: the value refers to a different object than the key it is stored under.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

class DifferentKeyInValue {
    static final class Link {
        final Object target;

        Link(Object target) {
            this.target = target;
        }
    }

    private static final Map<Object, Link> PARENTS = new WeakHashMap<>();
    private static final Map<Object, Object> OWNERS = new WeakHashMap<>();
    private static final Map<Object, List<Object>> PEERS = new WeakHashMap<>();

    static void link(Object child, Object parent) {
        PARENTS.put(child, new Link(parent));
        OWNERS.put(child, parent);
        List<Object> peers = new ArrayList<>();
        peers.add(parent);
        PEERS.put(child, peers);
    }
}
