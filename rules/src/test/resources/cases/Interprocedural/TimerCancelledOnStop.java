import java.util.Timer;
import java.util.TimerTask;

// Negative: the task uses this, and the timer it runs on is cancelled when the owner stops.
class TimerCancelledOnStop {
    private final Timer timer = new Timer();
    private int ticks;

    void start() {
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                ticks++;
            }
        }, 0, 1000);
    }

    void stop() {
        timer.cancel();
    }
}
