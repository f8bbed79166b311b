package com.example.shop;

import org.springframework.stereotype.Service;

/** Formats a receipt per order, with a new formatter each time. */
@Service
public class Checkout {
    public String receipt(Order order) {
        return order.id() + ": " + new PriceFormatter().format(order.cents()) + " / "
                + new SharedPriceFormatter().format(order.cents());
    }
}
