package com.github.benmanes.caffeine.cache;

// Minimal stand-in for Caffeine's builder, so the case compiles without Caffeine.
public final class Caffeine<K, V> {
    private Caffeine() {
    }

    public static Caffeine<Object, Object> newBuilder() {
        return new Caffeine<>();
    }

    public Caffeine<K, V> maximumSize(long size) {
        return this;
    }

    public Caffeine<K, V> weakKeys() {
        return this;
    }

    public Caffeine<K, V> softValues() {
        return this;
    }

    public <K1 extends K, V1 extends V> Cache<K1, V1> build() {
        throw new UnsupportedOperationException("stub");
    }
}
