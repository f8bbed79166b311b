package com.example.shop;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** FIXED twin of CheckoutRequest: the static lets go when the request's bean is destroyed. */
@Component
@Scope("request")
public class ClearedCheckoutRequest implements DisposableBean {
    static ClearedCheckoutRequest last;
    private final StringBuilder cart = new StringBuilder();

    public void start(String item) {
        last = this;
        cart.append(item);
    }

    @Override
    public void destroy() {
        last = null;
    }
}
