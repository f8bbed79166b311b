// A capturing lambda kept in a field is added in start() and the same field is removed in stop().
import java.util.ArrayList;
import java.util.List;

class FieldHeldListenerRemoved {
    interface Listener {
        void onEvent(String event);
    }

    interface Bus {
        void addListener(Listener listener);

        void removeListener(Listener listener);
    }

    private final Bus bus;
    private final List<String> entries = new ArrayList<>();
    private final Listener listener = event -> record(event);

    FieldHeldListenerRemoved(Bus bus) {
        this.bus = bus;
    }

    void start() {
        bus.addListener(listener);
    }

    void stop() {
        bus.removeListener(listener);
    }

    private void record(String event) {
        entries.add(event);
    }
}
