import java.util.ArrayList;
import java.util.List;

// A lambda using this is handed to the project's hub, which keeps every runnable it is given.
class LambdaKeptByProjectHub {
    static final class Hub {
        private final List<Runnable> tasks = new ArrayList<>();

        void whenReady(Runnable task) {
            tasks.add(task);
        }
    }

    private final Hub hub;
    private int ready;

    LambdaKeptByProjectHub(Hub hub) {
        this.hub = hub;
    }

    void start() {
        // expect: ListenerNeverRemoved
        hub.whenReady(() -> ready++);
    }
}
