package com.example.inventory;

import java.util.Objects;

/** An item in stock. */
public final class Item {
    private final String sku;
    private final String name;
    private int quantity;

    public Item(String sku, String name, int quantity) {
        this.sku = Objects.requireNonNull(sku);
        this.name = Objects.requireNonNull(name);
        this.quantity = quantity;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    void adjust(int delta) {
        quantity += delta;
    }
}
