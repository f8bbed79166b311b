// Negative: a per-call update kept under its key replaces the last one for that key (a keyed slot), and a task added
// to a queue that its own worker drains is work, not a listener: neither piles up per call.
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

final class StateStore {
    static final StateStore INSTANCE = new StateStore();
    private final Map<String, Runnable> onChange = new ConcurrentHashMap<>();

    private StateStore() {
    }

    void onState(String device, Runnable callback) {
        onChange.put(device, callback);
    }

    void removeState(String device) {
        onChange.remove(device);
    }
}

final class DelayTasks {
    static final DelayTasks INSTANCE = new DelayTasks();
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    private DelayTasks() {
    }

    synchronized void addTask(Runnable task) {
        tasks.add(task);
    }

    synchronized void removeTask(Runnable task) {
        tasks.remove(task);
    }

    synchronized void drain() {
        Runnable next;
        while ((next = tasks.poll()) != null) {
            next.run();
        }
    }
}

class KeyedSlotsAndDrainedQueues {
    void telemetry(String device, String value) {
        StateStore.INSTANCE.onState(device, () -> System.out.println(value));
        DelayTasks.INSTANCE.addTask(() -> System.out.println(device));
    }
}
