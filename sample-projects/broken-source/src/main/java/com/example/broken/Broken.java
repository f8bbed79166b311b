package com.example.broken;

public class Broken {
    public int half(int x) {
        int y = x / ;
        return y;
    }
}
