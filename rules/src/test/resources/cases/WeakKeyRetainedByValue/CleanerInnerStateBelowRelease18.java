// Positive: compiled for release 11, the cleaning state is a non-static inner class; its body uses only its own field, but javac below 18 still gives it this$0, so the action holds the object it cleans and never runs.
// refflow: languageLevel=11
import java.lang.ref.Cleaner;

class CleanerInnerStateBelowRelease18 implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private final Cleaner.Cleanable cleanable;
    private final byte[] buffer = new byte[1 << 16];

    class State implements Runnable {
        private final int fd;

        State(int fd) {
            this.fd = fd;
        }

        @Override
        public void run() {
            System.out.println("closing " + fd);
        }
    }

    CleanerInnerStateBelowRelease18(int fd) {
        // expect: WeakKeyRetainedByValue error
        cleanable = CLEANER.register(this, new State(fd));
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    int size() {
        return buffer.length;
    }
}
