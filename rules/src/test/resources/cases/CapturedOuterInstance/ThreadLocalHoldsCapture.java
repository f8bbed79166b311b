// A lambda using instance members is set into a ThreadLocal that is never removed: captured, and per-call data left in the ThreadLocal.
class ThreadLocalHoldsCapture {
    // expect: ThreadLocalNotRemoved
    private static final ThreadLocal<Runnable> AFTER_COMMIT = new ThreadLocal<>();
    private final String orderId;

    ThreadLocalHoldsCapture(String orderId) {
        this.orderId = orderId;
    }

    void save() {
        // expect: CapturedOuterInstance
        AFTER_COMMIT.set(() -> audit(orderId));
    }

    private void audit(String id) {
        System.out.println(id);
    }

    static void commit() {
        Runnable callback = AFTER_COMMIT.get();
        if (callback != null) {
            callback.run();
        }
    }
}
