// The one instance of a singleton (held by its own static final field) and an enum constant live as long as their
// class: their own shutdown hook keeps nothing that would otherwise be collected. An ordinary class's hook keeps
// each instance until exit.
final class SingletonsOwnExitHook {
    static final class Journal {
        static final Journal INSTANCE = new Journal();
        private final StringBuilder buffer = new StringBuilder();

        private Journal() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::flush));
        }

        void flush() {
            System.out.print(buffer);
        }
    }

    enum Metrics {
        INSTANCE;

        private final StringBuilder lines = new StringBuilder();

        Metrics() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::dump));
        }

        void dump() {
            System.out.print(lines);
        }
    }

    static final class Connection {
        private final StringBuilder pending = new StringBuilder();

        Connection() {
            // expect: CapturedOuterInstance
            Runtime.getRuntime().addShutdownHook(new Thread(this::flush));
        }

        void flush() {
            System.out.print(pending);
        }
    }
}
