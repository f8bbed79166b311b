// Negative: Guava caches with weakValues()/softValues() hold keys strongly, so a value that refers to its key pins nothing extra.
package app.registry;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

class Registry {
    static final class Entry {
        final Object owner;

        Entry(Object owner) {
            this.owner = owner;
        }
    }

    private final Cache<Object, Entry> weakValued = CacheBuilder.newBuilder().weakValues().build();
    private final Cache<Object, Entry> softValued = CacheBuilder.newBuilder().softValues().build();

    void remember(Object owner) {
        weakValued.put(owner, new Entry(owner));
        softValued.put(owner, new Entry(owner));
    }

    Entry lookup(Object owner) {
        Entry e = weakValued.getIfPresent(owner);
        return e != null ? e : softValued.getIfPresent(owner);
    }
}
