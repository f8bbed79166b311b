class TrueGuard {
    private static final boolean AGGRESSIVE = true;

    void maybe() {
        if (AGGRESSIVE) {
            // expect: ExplicitGcCall
            System.gc();
        }
    }
}
