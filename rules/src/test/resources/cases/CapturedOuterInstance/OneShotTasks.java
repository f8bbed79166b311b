// One-shot tasks capturing `this` submitted to an instance executor or run on a started thread are transient, not stored.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class OneShotTasks {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private int refreshes;

    void refreshLater() {
        executor.submit(this::refresh);
        executor.execute(() -> refreshes++);
        new Thread(this::refresh).start();
    }

    private void refresh() {
        refreshes++;
    }
}
