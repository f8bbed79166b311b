// In an instance method, listeners that use only their parameters or static members (and static nested instances) do not capture `this`.
import java.util.concurrent.atomic.AtomicInteger;

class NonCapturingFromInstanceMethod {
    interface Listener {
        void onEvent(String event);
    }

    interface Bus {
        void subscribe(Listener listener);

        void addListener(Listener listener);
    }

    private static final AtomicInteger EVENTS = new AtomicInteger();

    static class Counter implements Listener {
        @Override
        public void onEvent(String event) {
            EVENTS.incrementAndGet();
        }
    }

    private final Bus bus;

    NonCapturingFromInstanceMethod(Bus bus) {
        this.bus = bus;
    }

    void start() {
        bus.subscribe(event -> EVENTS.incrementAndGet());
        bus.subscribe(NonCapturingFromInstanceMethod::record);
        bus.addListener(new Counter());
        bus.addListener(System.out::println);
    }

    private static void record(String event) {
        EVENTS.incrementAndGet();
    }
}
