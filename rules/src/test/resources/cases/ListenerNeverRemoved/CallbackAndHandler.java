// addCallback(this) on a field and addHandler(this::route) on a parameter, neither ever removed.
// The router is a parameter of mount(): how long it lives is its caller's business, so that one is a note.
import java.util.function.Function;

class CallbackAndHandler {
    interface Callback {
        void done(String result);
    }

    interface Client {
        void addCallback(Callback callback);

        void removeCallback(Callback callback);
    }

    interface Router {
        void addHandler(Function<String, String> handler);

        void removeHandler(Function<String, String> handler);
    }

    static class Page implements Callback {
        private final Client client;
        private String result = "";

        Page(Client client) {
            this.client = client;
        }

        void load() {
            // expect: ListenerNeverRemoved warning
            client.addCallback(this);
        }

        void mount(Router router) {
            // expect: ListenerNeverRemoved note
            router.addHandler(this::route);
        }

        @Override
        public void done(String value) {
            result = value;
        }

        String route(String path) {
            return path + result;
        }
    }
}
