// On a local variable, as javac does: the declaration and its initializer.
class LocalVariableSuppression {
    void schedule() {
        @SuppressWarnings("refflow:ExplicitGcCall")
        // suppressed: ExplicitGcCall
        Runnable compact = () -> System.gc();
        compact.run();
    }
}
