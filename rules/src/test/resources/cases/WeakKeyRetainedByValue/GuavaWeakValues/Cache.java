// Stub of Guava's Cache interface (same package and simple name) so the case compiles without Guava.
package com.google.common.cache;

public interface Cache<K, V> {
    V getIfPresent(Object key);

    void put(K key, V value);

    void invalidate(Object key);
}
