package com.example.shop;

import java.util.LinkedHashMap;
import java.util.Map;

/** FIXED twin of PriceCache: the eldest quote is evicted beyond a maximum size. */
public class BoundedPriceCache {
    private final Map<String, Long> quotes;

    public BoundedPriceCache(int maximum) {
        this.quotes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maximum;
            }
        };
    }

    public synchronized long quote(String customer, String product, long listPrice) {
        return quotes.computeIfAbsent(customer + "/" + product, k -> listPrice * 9 / 10);
    }
}
