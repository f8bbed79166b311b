// Static work queues drained elsewhere (poll, take, drainTo) only pass capturing tasks through.
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;

class DrainedStaticQueue {
    private static final Queue<Runnable> WORK = new ConcurrentLinkedQueue<>();
    private static final BlockingQueue<Runnable> EVENTS = new LinkedBlockingQueue<>();
    private static final BlockingQueue<Runnable> URGENT = new LinkedBlockingQueue<>();
    private int processed;

    void submit() {
        WORK.offer(() -> processed++);
        EVENTS.add(this::process);
        URGENT.offer(this::process);
    }

    private void process() {
        processed++;
    }

    static void drain() {
        Runnable task;
        while ((task = WORK.poll()) != null) {
            task.run();
        }
        List<Runnable> batch = new ArrayList<>();
        EVENTS.drainTo(batch);
        for (Runnable event : batch) {
            event.run();
        }
    }

    static void worker() throws InterruptedException {
        URGENT.take().run();
    }
}
