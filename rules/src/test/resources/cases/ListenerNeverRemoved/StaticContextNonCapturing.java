// From a static method, a lambda using only its parameter, an anonymous listener and a static nested listener capture no instance.
class StaticContextNonCapturing {
    interface Listener {
        void onEvent(String event);
    }

    interface Bus {
        void addListener(Listener listener);
    }

    private static int seen;

    static class LoggingListener implements Listener {
        @Override
        public void onEvent(String event) {
            System.out.println(event);
        }
    }

    static void install(Bus bus) {
        bus.addListener(event -> System.out.println(event));
        bus.addListener(new Listener() {
            @Override
            public void onEvent(String event) {
                seen++;
            }
        });
        bus.addListener(new LoggingListener());
    }
}
