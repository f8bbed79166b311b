// Positive: the value is built from an alias of the key, or from the key wrapped in another object built here.
import java.util.Map;
import java.util.WeakHashMap;

class AliasedKey {
    static final class Ref {
        final Object target;

        Ref(Object target) {
            this.target = target;
        }
    }

    static final class Envelope {
        final Ref ref;

        Envelope(Ref ref) {
            this.ref = ref;
        }
    }

    private static final Map<Object, Ref> REFS = new WeakHashMap<>();
    private static final Map<Object, Envelope> ENVELOPES = new WeakHashMap<>();

    static void viaAlias(Object key) {
        Object same = key;
        Object again = same;
        // expect: WeakKeyRetainedByValue error
        REFS.put(key, new Ref(again));
    }

    static void nested(Object key) {
        Ref inner = new Ref(key);
        // expect: WeakKeyRetainedByValue error
        ENVELOPES.put(key, new Envelope(inner));
    }
}
