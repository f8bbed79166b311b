// A listener added in start() and removed in close() is released.
class RemovedInClose {
    interface Listener {
        void onEvent(String event);
    }

    interface Source {
        void addListener(Listener listener);

        void removeListener(Listener listener);
    }

    static class Widget implements Listener, AutoCloseable {
        private final Source source;
        private int events;

        Widget(Source source) {
            this.source = source;
        }

        void start() {
            source.addListener(this);
        }

        @Override
        public void onEvent(String event) {
            events++;
        }

        @Override
        public void close() {
            source.removeListener(this);
        }
    }
}
