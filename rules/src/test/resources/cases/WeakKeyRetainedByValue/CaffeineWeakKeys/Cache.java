// Stub of Caffeine's Cache interface (same package and simple name) so the case compiles without Caffeine.
package com.github.benmanes.caffeine.cache;

public interface Cache<K, V> {
    V getIfPresent(K key);

    void put(K key, V value);
}
