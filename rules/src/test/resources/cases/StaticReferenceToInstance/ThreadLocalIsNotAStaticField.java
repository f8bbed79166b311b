// Negative: set into a ThreadLocal and removed again; the static field itself is never assigned.
class ThreadLocalIsNotAStaticField {
    private static final ThreadLocal<ThreadLocalIsNotAStaticField> CURRENT = new ThreadLocal<>();

    void run(Runnable work) {
        CURRENT.set(this);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }
}
