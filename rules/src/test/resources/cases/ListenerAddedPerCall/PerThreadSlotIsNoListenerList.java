// Negative: a holder's static setter puts the request's attributes into a ThreadLocal (each call replaces the last,
// and a reset removes it); a named register method that keeps its argument in one field replaces it too. Neither
// accumulates listeners.
import java.util.logging.Logger;

final class AttributesHolder {
    private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

    private AttributesHolder() {
    }

    static void setAttributes(Object attributes) {
        CURRENT.set(attributes);
    }

    static void reset() {
        CURRENT.remove();
    }
}

final class Monitor {
    private static Object bean;

    private Monitor() {
    }

    static void registerBean(Object b) {
        bean = b;
    }

    static void unregisterBean() {
        bean = null;
    }
}

class PerThreadSlotIsNoListenerList {
    static final class Attributes {
        final String request;

        Attributes(String request) {
            this.request = request;
        }
    }

    void requestStarted(String request) {
        AttributesHolder.setAttributes(new Attributes(request));
        Monitor.registerBean(new Attributes(request));
    }
}
