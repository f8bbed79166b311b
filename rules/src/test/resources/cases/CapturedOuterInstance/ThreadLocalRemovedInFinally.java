// A capturing callback set into a ThreadLocal for the duration of a call and removed in finally is a transient hold.
class ThreadLocalRemovedInFinally {
    private static final ThreadLocal<Runnable> ON_COMPLETE = new ThreadLocal<>();
    private int completed;

    void process(Runnable work) {
        ON_COMPLETE.set(() -> completed++);
        try {
            work.run();
            Runnable callback = ON_COMPLETE.get();
            if (callback != null) {
                callback.run();
            }
        } finally {
            ON_COMPLETE.remove();
        }
    }
}
