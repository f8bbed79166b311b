// Negative: the same inner cleaning state compiled for release 18: its body does not use the outer instance, so javac leaves out this$0 and the action does not reach the object it cleans.
// refflow: languageLevel=18
import java.lang.ref.Cleaner;

class CleanerInnerStateFromRelease18 implements AutoCloseable {
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

    CleanerInnerStateFromRelease18(int fd) {
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
