// Stub of Guava's CacheBuilder (same package and simple name) so the case compiles without Guava.
package com.google.common.cache;

public final class CacheBuilder<K, V> {
    private CacheBuilder() {
    }

    public static CacheBuilder<Object, Object> newBuilder() {
        return new CacheBuilder<>();
    }

    public CacheBuilder<K, V> weakKeys() {
        return this;
    }

    public CacheBuilder<K, V> weakValues() {
        return this;
    }

    public CacheBuilder<K, V> softValues() {
        return this;
    }

    public <K1 extends K, V1 extends V> Cache<K1, V1> build() {
        return null;
    }
}
