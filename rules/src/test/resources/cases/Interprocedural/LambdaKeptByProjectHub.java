import java.util.ArrayList;
import java.util.List;

// A lambda using this is handed to the project's hub, which keeps every runnable it is given until it is cancelled;
// the hub came from outside (the constructor's parameter), and nothing here ever cancels.
class LambdaKeptByProjectHub {
    static final class Hub {
        private final List<Runnable> tasks = new ArrayList<>();

        void whenReady(Runnable task) {
            tasks.add(task);
        }

        void cancel(Runnable task) {
            tasks.remove(task);
        }
    }

    private final Hub hub;
    private int ready;

    LambdaKeptByProjectHub(Hub hub) {
        this.hub = hub;
    }

    void start() {
        // expect: ListenerNeverRemoved warning
        hub.whenReady(() -> ready++);
    }
}
