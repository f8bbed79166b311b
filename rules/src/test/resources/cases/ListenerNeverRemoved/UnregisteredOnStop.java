// getBus().register(this) in onStart() is matched by getBus().unregister(this) in onStop().
class UnregisteredOnStop {
    interface EventBus {
        void register(Object subscriber);

        void unregister(Object subscriber);
    }

    interface Services {
        EventBus eventBus();
    }

    private final Services services;
    private int orders;

    UnregisteredOnStop(Services services) {
        this.services = services;
    }

    private EventBus getBus() {
        return services.eventBus();
    }

    void onStart() {
        getBus().register(this);
    }

    void onStop() {
        getBus().unregister(this);
    }

    public void onOrderPlaced(String orderId) {
        orders++;
    }
}
