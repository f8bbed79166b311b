package com.example.shop;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * LEAK (ThreadLocalNotRemoved): a formatter made per request (see Checkout) whose per-thread cache is an instance
 * field: every PriceFormatter adds its own entry to the map of each thread that used it.
 */
public class PriceFormatter {
    private final ThreadLocal<NumberFormat> format = ThreadLocal.withInitial(() -> NumberFormat.getCurrencyInstance(Locale.US));

    public String format(long cents) {
        return format.get().format(cents / 100.0);
    }
}
