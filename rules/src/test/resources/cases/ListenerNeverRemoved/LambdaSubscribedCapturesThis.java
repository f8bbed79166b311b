// Lambdas that call an instance method, or assign a field through `this`, are subscribed on a field's bus and never unsubscribed.
import java.util.function.Consumer;

class LambdaSubscribedCapturesThis {
    interface EventBus {
        void subscribe(Consumer<String> handler);

        void unsubscribe(Consumer<String> handler);
    }

    private final EventBus bus;
    private String last;
    private int handled;

    LambdaSubscribedCapturesThis(EventBus bus) {
        this.bus = bus;
    }

    void start() {
        // expect: ListenerNeverRemoved warning
        bus.subscribe(event -> handle(event));
        // expect: ListenerNeverRemoved warning
        bus.subscribe(event -> this.last = event);
    }

    private void handle(String event) {
        handled++;
    }
}
