class InConstructorAndInitializer {
    static {
        // expect: ExplicitGcCall
        System.gc();
    }

    InConstructorAndInitializer() {
        // expect: ExplicitGcCall
        Runtime.getRuntime().gc();
    }
}
