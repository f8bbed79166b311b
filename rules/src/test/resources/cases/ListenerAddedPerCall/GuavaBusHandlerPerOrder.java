// Positive: every order registers a new handler object with a static Guava EventBus, and nothing unregisters it.
import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;

class GuavaBusHandlerPerOrder {
    static final EventBus BUS = new EventBus();

    static final class AuditHandler {
        private final String orderId;

        AuditHandler(String orderId) {
            this.orderId = orderId;
        }

        @Subscribe
        public void on(Object event) {
            System.out.println(orderId + ": " + event);
        }
    }

    void place(String orderId) {
        // expect: ListenerAddedPerCall warning
        BUS.register(new AuditHandler(orderId));
        BUS.post("placed " + orderId);
    }
}
