class FullyQualified {
    void tidy() {
        // expect: ExplicitGcCall
        java.lang.System.gc();
    }
}
