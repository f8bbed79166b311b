package com.example.shop;

import java.util.HashMap;
import java.util.Map;

/** LEAK (UnboundedCollection): a singleton (a @Bean result) caching a quote per customer and product, forever. */
public class PriceCache {
    private final Map<String, Long> quotes = new HashMap<>();

    public synchronized long quote(String customer, String product, long listPrice) {
        return quotes.computeIfAbsent(customer + "/" + product, k -> listPrice * 9 / 10);
    }
}
