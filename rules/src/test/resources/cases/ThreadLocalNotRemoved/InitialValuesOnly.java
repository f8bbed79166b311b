// Negative: per-thread state of a project type from withInitial and an initialValue override, only read and mutated.
class InitialValuesOnly {
    static final class Counter {
        int value;
    }

    private static final ThreadLocal<Counter> CALLS = ThreadLocal.withInitial(Counter::new);
    private static final ThreadLocal<Counter> ERRORS = new ThreadLocal<Counter>() { @Override protected Counter initialValue() { return new Counter(); } };

    static void called(boolean failed) {
        CALLS.get().value++;
        if (failed) {
            ERRORS.get().value++;
        }
    }

    static int calls() {
        return CALLS.get().value;
    }
}
