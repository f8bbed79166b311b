// Negative: MapMaker maps without weakKeys() (plain or weakValues()) hold keys strongly; a value referring to its key is not this rule.
package app.owners;

import com.google.common.collect.MapMaker;

import java.util.concurrent.ConcurrentMap;

class Owners {
    static final class Claim {
        final Object owner;

        Claim(Object owner) {
            this.owner = owner;
        }
    }

    private final ConcurrentMap<Object, Claim> strong = new MapMaker().makeMap();
    private final ConcurrentMap<Object, Claim> weakValued = new MapMaker().weakValues().makeMap();

    void claim(Object owner) {
        strong.putIfAbsent(owner, new Claim(owner));
        weakValued.computeIfAbsent(owner, o -> new Claim(o));
    }

    void release(Object owner) {
        strong.remove(owner);
        weakValued.remove(owner);
    }
}
