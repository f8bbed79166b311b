import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;

// Work queues that are consumed (poll, pop, take, drainTo) pass elements through; they do not accumulate.
class QueuesDrained {
    private static final Queue<String> INBOX = new ConcurrentLinkedQueue<>();
    private static final Deque<String> UNDO = new ArrayDeque<>();
    private static final BlockingQueue<String> JOBS = new LinkedBlockingQueue<>();
    private static final BlockingQueue<String> BATCH = new LinkedBlockingQueue<>();

    static void submit(String message) {
        INBOX.offer(message);
        UNDO.push(message);
        JOBS.add(message);
        BATCH.add(message);
    }

    static String next() {
        return INBOX.poll();
    }

    static String undo() {
        return UNDO.pop();
    }

    static String work() throws InterruptedException {
        return JOBS.take();
    }

    static int flush() {
        List<String> out = new ArrayList<>();
        BATCH.drainTo(out);
        return out.size();
    }
}
