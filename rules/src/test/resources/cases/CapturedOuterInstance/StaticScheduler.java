// `this::poll` is scheduled at a fixed rate on a static scheduled executor.
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class StaticScheduler {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();
    private int polls;

    void start() {
        // expect: CapturedOuterInstance
        SCHEDULER.scheduleAtFixedRate(this::poll, 0, 30, TimeUnit.SECONDS);
    }

    private void poll() {
        polls++;
    }
}
