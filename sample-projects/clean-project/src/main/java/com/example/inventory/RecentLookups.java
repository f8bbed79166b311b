package com.example.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small LRU cache: bounded by removeEldestEntry, so it never grows past its capacity. */
final class RecentLookups<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    RecentLookups(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
