// Negative: registered once, while the class initializes (directly and through a helper only it calls).
import com.google.common.eventbus.EventBus;

class RegisteredInStaticInitializer {
    static final EventBus BUS = new EventBus();

    static final class Handler {
    }

    static {
        BUS.register(new Handler());
        wire();
    }

    private static void wire() {
        BUS.register(new Handler());
    }
}
