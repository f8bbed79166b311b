// The subscription handle returned by subscribe(this::onEvent) is kept in a field and closed in stop().
import java.util.function.Consumer;

class HandleKeptAndClosed {
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    interface Events {
        Subscription subscribe(Consumer<String> handler);
    }

    private final Events events;
    private Subscription subscription;
    private int count;

    HandleKeptAndClosed(Events events) {
        this.events = events;
    }

    void start() {
        subscription = events.subscribe(this::onEvent);
    }

    void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void onEvent(String event) {
        count++;
    }
}
