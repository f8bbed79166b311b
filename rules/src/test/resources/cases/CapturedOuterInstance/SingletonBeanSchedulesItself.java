// Negative: a singleton bean hands a lambda using this to a static scheduler: the scheduler keeps the bean, which
// lives as long as the application anyway.
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

@Service
class SingletonBeanSchedulesItself {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();
    private int ticks;

    void start() {
        TIMER.scheduleAtFixedRate(() -> ticks++, 1, 1, TimeUnit.SECONDS);
    }
}
