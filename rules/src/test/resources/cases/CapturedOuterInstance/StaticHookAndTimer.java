// Shutdown hooks and timer tasks created in static code, or whose lambda uses no instance member, capture no instance.
import java.util.Timer;
import java.util.TimerTask;

class StaticHookAndTimer {
    private static final Timer TIMER = new Timer(true);
    private static long ticks;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("bye")));
        TIMER.schedule(new TimerTask() {
            @Override
            public void run() {
                ticks++;
            }
        }, 0, 1_000);
    }

    void installQuietHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopping")));
    }
}
