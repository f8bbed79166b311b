package demo.config;

public final class Sizes {
    public static final int KB = 1024;
    public static final int BUFFER = 16 * KB * KB;

    private Sizes() {
    }
}
