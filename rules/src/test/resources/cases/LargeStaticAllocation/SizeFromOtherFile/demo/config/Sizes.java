package demo.config;

// Size constants used by demo.io.Pools.
public final class Sizes {
    public static final int KB = 1024;
    public static final int MB = 1024 * 1024;

    private Sizes() {
    }
}
