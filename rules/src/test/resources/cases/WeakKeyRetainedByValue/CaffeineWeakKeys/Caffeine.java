// Stub of Caffeine's builder (same package and simple name) so the case compiles without Caffeine.
package com.github.benmanes.caffeine.cache;

public final class Caffeine<K, V> {
    private Caffeine() {
    }

    public static Caffeine<Object, Object> newBuilder() {
        return new Caffeine<>();
    }

    public Caffeine<K, V> weakKeys() {
        return this;
    }

    public <K1 extends K, V1 extends V> Cache<K1, V1> build() {
        return null;
    }
}
