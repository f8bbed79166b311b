class OncePerMethod {
    void twice() {
        // expect: ExplicitGcCall
        System.gc();
        System.runFinalization();
        System.gc();
    }
}
