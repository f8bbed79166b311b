// Negative: a singleton bean registers itself with another singleton bean it was given: both live as long as the
// application, so neither keeps the other longer than it lives anyway.
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
class EventHub {
    interface Listener {
        void on(String event);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    void addListener(Listener l) {
        listeners.add(l);
    }

    void removeListener(Listener l) {
        listeners.remove(l);
    }
}

@Service
class SingletonBeanRegistersWithSingletonBean implements EventHub.Listener {
    private final EventHub hub;

    SingletonBeanRegistersWithSingletonBean(EventHub hub) {
        this.hub = hub;
        hub.addListener(this);
    }

    @Override
    public void on(String event) {
        System.out.println(event);
    }
}
