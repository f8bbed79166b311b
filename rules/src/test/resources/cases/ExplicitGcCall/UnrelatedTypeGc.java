class UnrelatedTypeGc {
    static final class Cache {
        void gc() {
        }
    }

    private final Cache cache = new Cache();

    void sweep() {
        cache.gc();
        new Cache().gc();
    }
}
