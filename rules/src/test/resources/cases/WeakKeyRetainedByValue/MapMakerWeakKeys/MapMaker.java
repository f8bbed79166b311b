// Stub of Guava's MapMaker (same package and simple name) so the case compiles without Guava.
package com.google.common.collect;

import java.util.concurrent.ConcurrentMap;

public final class MapMaker {
    public MapMaker weakKeys() {
        return this;
    }

    public MapMaker weakValues() {
        return this;
    }

    public <K, V> ConcurrentMap<K, V> makeMap() {
        return null;
    }
}
