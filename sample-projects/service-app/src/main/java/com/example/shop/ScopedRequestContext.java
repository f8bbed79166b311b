package com.example.shop;

import java.util.function.Supplier;

/** FIXED twin of RequestContext: the value is removed in a finally block when the request is done. */
public final class ScopedRequestContext {
    private static final ThreadLocal<Order> CURRENT = new ThreadLocal<>();

    private ScopedRequestContext() {
    }

    public static <T> T with(Order order, Supplier<T> work) {
        CURRENT.set(order);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    public static Order current() {
        return CURRENT.get();
    }
}
