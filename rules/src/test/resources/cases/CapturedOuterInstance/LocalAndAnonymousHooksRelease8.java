// Positive: compiled for Java 1.8, a local Thread subclass and an anonymous TimerTask that use nothing of the outer object still hold it: the shutdown hook list and the timer's thread keep them, and it, alive.
// refflow: languageLevel=1.8
import java.util.Timer;
import java.util.TimerTask;

class LocalAndAnonymousHooksRelease8 {
    private static final Timer TIMER = new Timer(true);
    private final byte[] cache = new byte[1 << 16];

    void installHook() {
        class Farewell extends Thread {
            @Override
            public void run() {
                System.out.println("bye");
            }
        }
        // expect: CapturedOuterInstance warning
        Runtime.getRuntime().addShutdownHook(new Farewell());
    }

    void startTicking() {
        // expect: CapturedOuterInstance warning
        TIMER.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("tick");
            }
        }, 0, 1_000);
    }

    int cacheSize() {
        return cache.length;
    }
}
