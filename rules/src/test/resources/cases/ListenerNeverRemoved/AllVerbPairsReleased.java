// Each registration verb is matched by its unregistration: subscribe/unsubscribe, addCallback/removeCallback, addHandler/removeHandler, addObserver/removeObserver.
class AllVerbPairsReleased {
    interface Handler {
        void handle(String message);
    }

    interface Hub {
        void subscribe(Handler handler);

        void unsubscribe(Handler handler);

        void addCallback(Handler handler);

        void removeCallback(Handler handler);

        void addHandler(Handler handler);

        void removeHandler(Handler handler);

        void addObserver(Handler handler);

        void removeObserver(Handler handler);
    }

    static class Client implements Handler, AutoCloseable {
        private final Hub hub;
        private String last;

        Client(Hub hub) {
            this.hub = hub;
        }

        void connect() {
            hub.subscribe(this);
            hub.addCallback(this);
            hub.addHandler(this);
            hub.addObserver(this);
        }

        @Override
        public void handle(String message) {
            last = message;
        }

        @Override
        public void close() {
            hub.unsubscribe(this);
            hub.removeCallback(this);
            hub.removeHandler(this);
            hub.removeObserver(this);
        }
    }
}
