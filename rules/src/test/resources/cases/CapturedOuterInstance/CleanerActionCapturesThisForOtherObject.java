// Positive: a cleaning action that uses this, registered for another object: the Cleaner's thread keeps the action, and through it this whole Monitor, until that object is unreachable, and nothing keeps the Cleanable to clean it earlier.
import java.lang.ref.Cleaner;

class CleanerActionCapturesThisForOtherObject {
    private static final Cleaner CLEANER = Cleaner.create();
    private final long[] samples = new long[100_000];
    private int freed;

    Object open() {
        Object buffer = new Object();
        // expect: CapturedOuterInstance warning
        CLEANER.register(buffer, () -> freed++);
        return buffer;
    }

    int samples() {
        return samples.length;
    }
}
