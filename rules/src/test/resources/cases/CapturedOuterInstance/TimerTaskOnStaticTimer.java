// A repeating anonymous TimerTask calling an instance method is scheduled on a static Timer.
import java.util.Timer;
import java.util.TimerTask;

class TimerTaskOnStaticTimer {
    private static final Timer TIMER = new Timer("refresh", true);
    private long refreshes;

    void start() {
        // expect: CapturedOuterInstance
        TIMER.schedule(new TimerTask() {
            @Override
            public void run() {
                refresh();
            }
        }, 0, 60_000);
    }

    private void refresh() {
        refreshes++;
    }
}
