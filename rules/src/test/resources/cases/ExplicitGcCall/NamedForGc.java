class NamedForGc {
    void forceGC() {
        System.gc();
    }

    static void gcQuietly() {
        Runtime.getRuntime().gc();
    }

    void collectGarbage() {
        System.gc();
    }
}
