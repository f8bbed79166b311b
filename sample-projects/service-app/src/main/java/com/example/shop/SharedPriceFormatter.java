package com.example.shop;

import java.text.NumberFormat;
import java.util.Locale;

/** FIXED twin of PriceFormatter: one static per-thread cache, shared by every instance. */
public class SharedPriceFormatter {
    private static final ThreadLocal<NumberFormat> FORMAT = ThreadLocal.withInitial(() -> NumberFormat.getCurrencyInstance(Locale.US));

    public String format(long cents) {
        return FORMAT.get().format(cents / 100.0);
    }
}
