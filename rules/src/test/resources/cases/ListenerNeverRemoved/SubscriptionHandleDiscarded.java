// subscribe(this::onEvent) returns a handle that could cancel the subscription, but the handle is dropped.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

class SubscriptionHandleDiscarded {
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    interface Events {
        Subscription subscribe(Consumer<String> handler);
    }

    private final Events events;
    private final List<String> seen = new ArrayList<>();

    SubscriptionHandleDiscarded(Events events) {
        this.events = events;
    }

    void start() {
        // expect: ListenerNeverRemoved warning
        events.subscribe(this::onEvent);
    }

    private void onEvent(String event) {
        seen.add(event);
    }
}
