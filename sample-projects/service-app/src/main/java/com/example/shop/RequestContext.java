package com.example.shop;

/**
 * LEAK (ThreadLocalNotRemoved): the order of the current request is set into a ThreadLocal and never removed: on a
 * pooled server thread it outlives the request and is seen by the next one.
 */
public final class RequestContext {
    private static final ThreadLocal<Order> CURRENT = new ThreadLocal<>();

    private RequestContext() {
    }

    public static void begin(Order order) {
        CURRENT.set(order);
    }

    public static Order current() {
        return CURRENT.get();
    }
}
