// A repeating TimerTask using an instance field on the object's own Timer: the timer thread keeps the task, and the object, alive.
import java.util.Timer;
import java.util.TimerTask;

class TimerTaskOnInstanceTimer {
    private final Timer timer = new Timer(true);
    private int beats;

    void start() {
        // expect: CapturedOuterInstance
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                beats++;
            }
        }, 1_000, 1_000);
    }
}
