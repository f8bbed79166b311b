package com.example.broken;

public class Janitor {
    public void sweep() {
        Runtime.getRuntime().gc();
    }
}
