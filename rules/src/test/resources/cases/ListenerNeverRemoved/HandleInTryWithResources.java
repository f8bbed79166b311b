// The subscription handle of a capturing lambda is a try-with-resources resource, so it is closed when the block ends.
import java.util.function.Consumer;

class HandleInTryWithResources {
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    interface Events {
        Subscription subscribe(Consumer<String> handler);
    }

    private int count;

    int countDuring(Events events, Runnable work) {
        try (Subscription subscription = events.subscribe(event -> count++)) {
            work.run();
        }
        return count;
    }
}
