// A per-thread flag toggled between shared constants: no per-call object is ever kept.
class ConstantFlagToggled {
    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    void run(Runnable task) {
        RUNNING.set(true);
        try {
            task.run();
        } finally {
            RUNNING.set(false);
        }
    }
}
