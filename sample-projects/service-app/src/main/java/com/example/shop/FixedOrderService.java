package com.example.shop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** FIXED twin of OrderService: complete() removes by the key. */
@Service
public class FixedOrderService {
    private final Map<String, Order> pending = new ConcurrentHashMap<>();

    public Order place(String id, String customer, long cents) {
        Order order = new Order(id, customer, cents);
        pending.put(id, order);
        return order;
    }

    public void complete(Order order) {
        pending.remove(order.id());
    }
}
