package com.github.benmanes.caffeine.cache;

// Minimal stand-in for Caffeine's Cache interface.
public interface Cache<K, V> {
    V getIfPresent(K key);

    void put(K key, V value);
}
