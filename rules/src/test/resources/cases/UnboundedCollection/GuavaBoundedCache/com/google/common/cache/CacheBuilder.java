package com.google.common.cache;

import java.util.concurrent.TimeUnit;

// Minimal stand-in for Guava's CacheBuilder, so the case compiles without Guava.
public final class CacheBuilder<K, V> {
    private CacheBuilder() {
    }

    public static CacheBuilder<Object, Object> newBuilder() {
        return new CacheBuilder<>();
    }

    public CacheBuilder<K, V> maximumSize(long size) {
        return this;
    }

    public CacheBuilder<K, V> weakKeys() {
        return this;
    }

    public CacheBuilder<K, V> softValues() {
        return this;
    }

    public CacheBuilder<K, V> expireAfterWrite(long duration, TimeUnit unit) {
        return this;
    }

    public <K1 extends K, V1 extends V> Cache<K1, V1> build() {
        throw new UnsupportedOperationException("stub");
    }
}
