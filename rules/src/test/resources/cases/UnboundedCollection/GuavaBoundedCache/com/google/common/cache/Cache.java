package com.google.common.cache;

// Minimal stand-in for Guava's Cache interface.
public interface Cache<K, V> {
    V getIfPresent(Object key);

    void put(K key, V value);
}
