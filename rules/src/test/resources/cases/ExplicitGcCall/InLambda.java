import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class InLambda {
    void schedule() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        // expect: ExplicitGcCall
        timer.scheduleAtFixedRate(() -> System.gc(), 1, 1, TimeUnit.MINUTES);
    }
}
