package com.example.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stock keeping: lookups, reports and restocking, none of which keeps more alive than it needs. */
public final class Inventory {
    private final Map<String, Item> items = new HashMap<>();
    private final RecentLookups<String, Item> recent = new RecentLookups<>(128);

    public void add(Item item) {
        items.put(item.sku(), item);
    }

    public void remove(String sku) {
        items.remove(sku);
        recent.remove(sku);
    }

    public Optional<Item> find(String sku) {
        Item cached = recent.get(sku);
        if (cached != null) {
            return Optional.of(cached);
        }
        Item item = items.get(sku);
        if (item != null) {
            recent.put(sku, item);
        }
        return Optional.ofNullable(item);
    }

    /** The few items that are running low: a small, sorted page, not the whole stock. */
    public List<Item> lowStock(int threshold, int limit) {
        List<Item> low = new ArrayList<>();
        for (Item item : items.values()) {
            if (item.quantity() < threshold) {
                low.add(item);
            }
        }
        low.sort(Comparator.comparingInt(Item::quantity));
        return Collections.unmodifiableList(low.subList(0, Math.min(limit, low.size())));
    }

    /** Totals per first letter: the big intermediate list stays local and dies with the frame. */
    public Map<Character, Integer> totalsByInitial() {
        List<Item> all = new ArrayList<>(items.values());
        Map<Character, Integer> totals = new HashMap<>();
        for (Item item : all) {
            totals.merge(item.name().charAt(0), item.quantity(), Integer::sum);
        }
        return totals;
    }

    public String describe() {
        return items.values().stream().map(Item::name).sorted().collect(Collectors.joining(", "));
    }

    public int restockAll(int amount) {
        int restocked = 0;
        for (Item item : items.values()) {
            item.adjust(amount);
            restocked++;
        }
        return restocked;
    }

    /** Benchmark-style measurement: timing code may ask for a collection first. */
    long timeRestock() {
        System.gc();
        long start = System.nanoTime();
        restockAll(0);
        return System.nanoTime() - start;
    }
}
