// Positive: a prototype bean (a new one per lookup) registers itself with a singleton bean it was given and never
// unregisters: the singleton keeps every prototype alive.
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

@Component
class Hub {
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

@Component
@Scope("prototype")
class PrototypeBeanRegistersWithSingletonBean implements Hub.Listener {
    private final Hub hub;
    private final StringBuilder seen = new StringBuilder();

    PrototypeBeanRegistersWithSingletonBean(Hub hub) {
        this.hub = hub;
    }

    void start() {
        // expect: ListenerNeverRemoved warning
        hub.addListener(this);
    }

    @Override
    public void on(String event) {
        seen.append(event);
    }
}
