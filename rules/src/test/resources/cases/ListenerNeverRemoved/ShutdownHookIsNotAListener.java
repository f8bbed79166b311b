// A shutdown hook and a timer task capturing `this` are CapturedOuterInstance findings only, never ListenerNeverRemoved: one leak, one finding.
import java.util.Timer;
import java.util.TimerTask;

class ShutdownHookIsNotAListener {
    private static final Timer TIMER = new Timer(true);
    private final StringBuilder pending = new StringBuilder();

    void install() {
        // expect: CapturedOuterInstance
        Runtime.getRuntime().addShutdownHook(new Thread(() -> save()));
        // expect: CapturedOuterInstance
        TIMER.schedule(new TimerTask() {
            @Override
            public void run() {
                save();
            }
        }, 1_000, 1_000);
    }

    private void save() {
        System.out.print(pending);
    }
}
