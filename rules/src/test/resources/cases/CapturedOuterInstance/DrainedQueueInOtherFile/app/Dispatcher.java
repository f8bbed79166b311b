// A static work queue that the dispatcher's worker loop drains with take().
package app;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public final class Dispatcher {
    public static final BlockingQueue<Runnable> QUEUE = new LinkedBlockingQueue<>();

    private Dispatcher() {
    }

    public static void loop() throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            QUEUE.take().run();
        }
    }
}
