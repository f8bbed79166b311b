// The project's own bus: register/unregister keep subscribers in an instance list.
package app;

import java.util.ArrayList;
import java.util.List;

public class EventBus {
    private final List<Object> subscribers = new ArrayList<>();

    public void register(Object subscriber) {
        subscribers.add(subscriber);
    }

    public void unregister(Object subscriber) {
        subscribers.remove(subscriber);
    }
}
