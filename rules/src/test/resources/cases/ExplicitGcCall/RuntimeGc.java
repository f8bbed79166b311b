class RuntimeGc {
    void compact() {
        // expect: ExplicitGcCall
        Runtime.getRuntime().gc();
    }

    void viaLocal() {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory();
        // expect: ExplicitGcCall
        rt.gc();
    }

    void viaVar() {
        var runtime = Runtime.getRuntime();
        // expect: ExplicitGcCall
        runtime.gc();
    }
}
