// Positive: compiled for release 17, an inner (non-static) class that only uses its own state still gets this$0; a static field, and a static list nothing drains, keep its instances and so the outer one (the list is unbounded too).
// refflow: languageLevel=17
import java.util.ArrayList;
import java.util.List;

class InnerClassUnusedOuterRelease17 {
    static Counter shared;
    // expect: UnboundedCollection warning
    static final List<Counter> ALL = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();

    class Counter {
        private int count;

        void increment() {
            count++;
        }
    }

    void init() {
        // expect: CapturedOuterInstance warning
        shared = new Counter();
    }

    void track() {
        Counter c = new Counter();
        // expect: CapturedOuterInstance warning
        ALL.add(c);
    }

    String log() {
        return log.toString();
    }
}
