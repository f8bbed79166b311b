// Negative: the Cleaner idiom done right: the action is a static nested class holding only the native handle, or a lambda over a local copy of it; nothing the action holds reaches the object registered.
import java.lang.ref.Cleaner;

class CleanerStaticStateAction implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private final long handle;
    private final Cleaner.Cleanable cleanable;
    private final Cleaner.Cleanable second;

    static final class State implements Runnable {
        private final long handle;

        State(long handle) {
            this.handle = handle;
        }

        @Override
        public void run() {
            System.out.println("free " + handle);
        }
    }

    CleanerStaticStateAction(long handle) {
        this.handle = handle;
        this.cleanable = CLEANER.register(this, new State(handle));
        long copy = handle;
        this.second = CLEANER.register(this, () -> System.out.println("free " + copy));
    }

    @Override
    public void close() {
        cleanable.clean();
        second.clean();
    }
}
