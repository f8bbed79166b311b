package com.example.broken;

public class Exporter {
    public byte[] snapshot() {
        byte[] buffer = new byte[8 * 1024 * 1024];
        buffer[0] = 1;
        return buffer;
    }
}
