package com.example.shop;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * LEAK (StaticReferenceToInstance): a request-scoped bean publishes itself through a static for "convenient" access:
 * the class keeps the last request, and its cart, alive after the request ended.
 */
@Component
@Scope("request")
public class CheckoutRequest {
    static CheckoutRequest last;
    private final StringBuilder cart = new StringBuilder();

    public void start(String item) {
        last = this;
        cart.append(item);
    }
}
