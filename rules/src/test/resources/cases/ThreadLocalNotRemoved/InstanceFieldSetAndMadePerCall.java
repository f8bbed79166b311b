// Positive, one finding for two reasons: the handler's own ThreadLocal is set with the request and never removed,
// and the handler is made per call, so every request also adds a new ThreadLocal's entry to the pooled thread.
class InstanceFieldSetAndMadePerCall {
    static final class Request {
        final String path;

        Request(String path) {
            this.path = path;
        }
    }

    static final class Handler {
        // expect: ThreadLocalNotRemoved warning
        private final ThreadLocal<Request> current = new ThreadLocal<>();

        void handle(Request request) {
            current.set(request);
            System.out.println(current.get().path);
        }
    }

    static void serve(Request request) {
        new Handler().handle(request);
    }
}
