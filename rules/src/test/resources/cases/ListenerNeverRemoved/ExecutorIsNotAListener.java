// One-shot tasks capturing `this` handed to an instance executor or a started thread are neither registrations nor long-lived stores.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class ExecutorIsNotAListener {
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
