package com.example.shop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * LEAK (UnboundedCollection): pending orders are keyed by id, but complete() removes by the order object, which never
 * equals a String key: every order ever placed stays in the singleton's map.
 */
@Service
public class OrderService {
    private final Map<String, Order> pending = new ConcurrentHashMap<>();

    public Order place(String id, String customer, long cents) {
        Order order = new Order(id, customer, cents);
        pending.put(id, order);
        return order;
    }

    public void complete(Order order) {
        pending.remove(order);
    }
}
