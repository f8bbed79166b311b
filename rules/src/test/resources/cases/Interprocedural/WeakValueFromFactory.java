import java.util.Map;
import java.util.WeakHashMap;

// The value comes from a factory that keeps its argument: the value pins its own key.
class WeakValueFromFactory {
    static final class Widget {
    }

    static final class Peer {
        private final Widget owner;

        private Peer(Widget owner) {
            this.owner = owner;
        }

        static Peer of(Widget owner) {
            return new Peer(owner);
        }
    }

    private final Map<Widget, Peer> peers = new WeakHashMap<>();

    void attach(Widget w) {
        // expect: WeakKeyRetainedByValue
        peers.put(w, Peer.of(w));
    }
}
