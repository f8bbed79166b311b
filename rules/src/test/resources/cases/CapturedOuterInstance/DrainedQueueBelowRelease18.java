// Negative: compiled for release 11, anonymous tasks that use nothing of the outer object still hold it, but the static queue they go to is drained: a transient hold, not retention.
// refflow: languageLevel=11
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

class DrainedQueueBelowRelease18 {
    private static final Queue<Runnable> WORK = new ConcurrentLinkedQueue<>();
    private final byte[] buffer = new byte[8192];

    void submit() {
        WORK.offer(new Runnable() {
            @Override
            public void run() {
                System.out.println("working");
            }
        });
    }

    static void drain() {
        Runnable task;
        while ((task = WORK.poll()) != null) {
            task.run();
        }
    }

    int bufferSize() {
        return buffer.length;
    }
}
