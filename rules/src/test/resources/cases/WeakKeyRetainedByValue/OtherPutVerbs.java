// Positive: putIfAbsent and compute store values that refer to their own key.
import java.util.Map;
import java.util.WeakHashMap;

class OtherPutVerbs {
    static final class Lease {
        final Object holder;
        final int count;

        Lease(Object holder, int count) {
            this.holder = holder;
            this.count = count;
        }
    }

    private final Map<Object, Lease> leases = new WeakHashMap<>();

    void acquire(Object holder) {
        // expect: WeakKeyRetainedByValue error
        leases.putIfAbsent(holder, new Lease(holder, 1));
    }

    void renew(Object holder) {
        // expect: WeakKeyRetainedByValue error
        leases.compute(holder, (h, old) -> new Lease(h, old == null ? 1 : old.count + 1));
    }
}
