// Positive: the cleaning action is a lambda that uses this (an instance field), or a method reference on this, registered for this itself: the Cleaner keeps the action, the action keeps the object, so the object never becomes phantom reachable and is never cleaned; keeping the Cleanable and cleaning it in close() does not rescue the safety net.
import java.lang.ref.Cleaner;

class CleanerActionCapturesThis implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private final long handle;
    private final Cleaner.Cleanable cleanable;
    private final Cleaner.Cleanable log;

    CleanerActionCapturesThis(long h) {
        this.handle = h;
        // expect: WeakKeyRetainedByValue error
        this.cleanable = CLEANER.register(this, () -> free(handle));
        // expect: WeakKeyRetainedByValue error
        this.log = CLEANER.register(this, this::logClosed);
    }

    private void logClosed() {
        System.out.println("closed " + handle);
    }

    @Override
    public void close() {
        cleanable.clean();
        log.clean();
    }

    private static void free(long h) {
        System.out.println("free " + h);
    }
}
