package com.example.shop;

/** An order as the service sees it. */
public record Order(String id, String customer, long cents) {
}
