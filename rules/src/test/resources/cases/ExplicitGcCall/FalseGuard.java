class FalseGuard {
    private static final boolean DEBUG = false;

    void maybe() {
        if (DEBUG) {
            System.gc();
        }
    }
}
