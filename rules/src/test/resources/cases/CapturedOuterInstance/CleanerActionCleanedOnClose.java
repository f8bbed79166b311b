// Negative: the action uses this and is registered for another object, but its Cleanable is kept in a field and cleaned in close(): the hold on this ends when the owner is done.
import java.lang.ref.Cleaner;

class CleanerActionCleanedOnClose implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private final long[] samples = new long[100_000];
    private Cleaner.Cleanable pending;
    private int freed;

    Object open() {
        Object buffer = new Object();
        pending = CLEANER.register(buffer, () -> freed++);
        return buffer;
    }

    @Override
    public void close() {
        pending.clean();
    }

    int samples() {
        return samples.length;
    }
}
