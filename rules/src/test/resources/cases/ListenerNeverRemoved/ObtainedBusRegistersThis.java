// `this` is registered on an event bus obtained from an injected service (getBus().register(this)) and never unregistered.
// What services.eventBus() returns is not in the project: the bus's lifetime is unknown, so a note.
class ObtainedBusRegistersThis {
    interface EventBus {
        void register(Object subscriber);

        void unregister(Object subscriber);
    }

    interface Services {
        EventBus eventBus();
    }

    private final Services services;
    private int orders;

    ObtainedBusRegistersThis(Services services) {
        this.services = services;
    }

    private EventBus getBus() {
        return services.eventBus();
    }

    void onStart() {
        // expect: ListenerNeverRemoved note
        getBus().register(this);
    }

    public void onOrderPlaced(String orderId) {
        orders++;
    }
}
