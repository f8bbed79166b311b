// Positive: a registry of static methods keeps subscribers in a static list (and offers unsubscribe); a request
// handler subscribes a new lambda per request and never unsubscribes.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

final class Notifications {
    private static final List<Consumer<String>> SUBSCRIBERS = new ArrayList<>();

    private Notifications() {
    }

    static synchronized void subscribe(Consumer<String> s) {
        SUBSCRIBERS.add(s);
    }

    static synchronized void unsubscribe(Consumer<String> s) {
        SUBSCRIBERS.remove(s);
    }

    static synchronized void publish(String message) {
        SUBSCRIBERS.forEach(s -> s.accept(message));
    }
}

class StaticRegistryCalledThroughClass {
    String handle(String user) {
        StringBuilder seen = new StringBuilder();
        // expect: ListenerAddedPerCall warning
        Notifications.subscribe(m -> seen.append(user).append(m));
        return seen.toString();
    }
}
