// Registers itself on the injected bus and unregisters in close(): released.
package app;

public class Report implements AutoCloseable {
    private final EventBus bus;
    private int lines;

    public Report(EventBus bus) {
        this.bus = bus;
        bus.register(this);
    }

    public void onUpdate(String event) {
        lines++;
    }

    @Override
    public void close() {
        bus.unregister(this);
    }
}
