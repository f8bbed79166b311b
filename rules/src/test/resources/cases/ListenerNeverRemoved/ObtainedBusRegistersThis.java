// `this` is registered on an event bus obtained from an injected service (getBus().register(this)) and never unregistered.
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
        // expect: ListenerNeverRemoved
        getBus().register(this);
    }

    public void onOrderPlaced(String orderId) {
        orders++;
    }
}
