// Negative: a static wrapper hands the task to a scheduler, which runs it and drops it: scheduling is not a listener
// registration, even when the task uses this and reschedules itself.
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

final class GlobalExecutor {
    private static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(2);

    private GlobalExecutor() {
    }

    static void scheduleRefresh(Runnable task, long delayMillis) {
        SCHEDULER.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }
}

class TaskScheduledThroughProjectWrapper {
    private int refreshes;

    void start() {
        GlobalExecutor.scheduleRefresh(this::refresh, 1000);
    }

    private void refresh() {
        refreshes++;
        GlobalExecutor.scheduleRefresh(this::refresh, 1000);
    }
}
