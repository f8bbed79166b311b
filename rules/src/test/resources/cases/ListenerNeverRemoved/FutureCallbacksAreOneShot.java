import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

// A callback added to a future runs once when it completes, and the future drops it: nothing to unregister.
class FutureCallbacksAreOneShot {
    interface ListenableFuture<V> {
        void addListener(Runnable listener, Executor executor);
    }

    interface Promise<V> {
        Promise<V> addListener(Object listener);
    }

    static final class Futures {
        static <V> void addCallback(ListenableFuture<V> future, Object callback, Executor executor) {
        }
    }

    private int completed;

    void track(ListenableFuture<String> future, Promise<String> promise, Executor executor) {
        future.addListener(() -> completed++, executor);
        promise.addListener(this);
        Futures.addCallback(future, this, executor);
    }

    void trackCompletable(CompletableFuture<String> f) {
        f.whenComplete((v, e) -> completed++);
    }
}
