import java.util.HashSet;
import java.util.Set;

// A non-final static set grown from an instance method, and never replaced: still unbounded.
class InstanceMethodGrowth {
    // expect: UnboundedCollection
    static Set<String> seenIds = new HashSet<>();

    private final String id;

    InstanceMethodGrowth(String id) {
        this.id = id;
    }

    boolean firstTime() {
        return seenIds.add(id);
    }
}
