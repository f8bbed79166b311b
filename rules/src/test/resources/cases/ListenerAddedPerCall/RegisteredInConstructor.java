// Negative: the handler is registered as the object is made, not per call of a method.
import com.google.common.eventbus.EventBus;

class RegisteredInConstructor {
    static final EventBus BUS = new EventBus();

    static final class Handler {
    }

    RegisteredInConstructor() {
        BUS.register(new Handler());
    }
}
