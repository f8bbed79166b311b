// Negative: a future runs its listeners once, when it completes, and drops them.
import com.google.common.util.concurrent.ListenableFuture;
import java.util.concurrent.Executor;

class OneShotFutureCallback {
    private static ListenableFuture<String> startup;
    private static Executor executor;

    void handle(String request) {
        startup.addListener(() -> System.out.println(request), executor);
    }
}
