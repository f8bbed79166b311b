package demo.config;

// Size constants used by demo.io.Scratch: small ones.
public final class Limits {
    public static final int KB = 1024;
    public static final int PAGE = 4 * KB;

    private Limits() {
    }
}
