// Registers itself on the injected bus and never unregisters; Report's unregister elsewhere does not release Dashboard.
package app;

public class Dashboard {
    private final EventBus bus;
    private int updates;

    public Dashboard(EventBus bus) {
        this.bus = bus;
        // expect: ListenerNeverRemoved warning
        bus.register(this);
    }

    public void onUpdate(String event) {
        updates++;
    }
}
