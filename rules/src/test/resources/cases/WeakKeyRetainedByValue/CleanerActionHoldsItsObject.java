// Positive: each cleaning action reaches the very object it is registered for: a helper built with it, a lambda that captures it, the object as its own action, an anonymous class that calls the outer object's method.
import java.lang.ref.Cleaner;

class CleanerActionHoldsItsObject implements Runnable {
    private static final Cleaner CLEANER = Cleaner.create();
    private int released;

    static final class Closer implements Runnable {
        private final Connection connection;

        Closer(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            connection.close();
        }
    }

    static final class Connection {
        void close() {
        }
    }

    static void track(Connection connection) {
        // expect: WeakKeyRetainedByValue error
        CLEANER.register(connection, new Closer(connection));
    }

    static void trackWithLambda(Connection connection) {
        // expect: WeakKeyRetainedByValue error
        CLEANER.register(connection, () -> connection.close());
    }

    void selfCleaning() {
        // expect: WeakKeyRetainedByValue error
        CLEANER.register(this, this);
    }

    void anonymous() {
        // expect: WeakKeyRetainedByValue error
        CLEANER.register(this, new Runnable() {
            @Override
            public void run() {
                release();
            }
        });
    }

    private void release() {
        released++;
    }

    @Override
    public void run() {
        release();
    }
}
