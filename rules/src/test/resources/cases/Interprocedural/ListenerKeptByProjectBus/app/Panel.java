package app;

import app.events.Bus;

// Positive (with Bus.java): join is not a listener verb, but Bus.join keeps this for as long as the bus lives.
class Panel {
    private final Bus bus;

    Panel(Bus bus) {
        this.bus = bus;
    }

    void show() {
        // expect: ListenerNeverRemoved warning
        bus.join(this);
    }
}
