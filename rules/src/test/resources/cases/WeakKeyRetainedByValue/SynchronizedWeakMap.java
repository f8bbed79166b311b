// Positive: a WeakHashMap wrapped in Collections.synchronizedMap is still weak-keyed; the value built with the key pins it.
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

class SynchronizedWeakMap {
    static final class Listeners {
        final Object source;

        Listeners(Object source) {
            this.source = source;
        }
    }

    private final Map<Object, Listeners> bySource = Collections.synchronizedMap(new WeakHashMap<>());

    void attach(Object source) {
        // expect: WeakKeyRetainedByValue error
        bySource.put(source, new Listeners(source));
    }
}
