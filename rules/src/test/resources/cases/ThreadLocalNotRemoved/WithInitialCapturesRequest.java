// Positive: the ThreadLocal is made per call with a supplier that captures the call's request: every thread that
// reads it keeps a context built from that request, and nothing removes it.
class WithInitialCapturesRequest {
    static final class Request {
        final String user;

        Request(String user) {
            this.user = user;
        }
    }

    static final class Context {
        final Request request;

        Context(Request request) {
            this.request = request;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private static ThreadLocal<Context> current = new ThreadLocal<>();

    static void begin(Request request) {
        current = ThreadLocal.withInitial(() -> new Context(request));
    }

    static String user() {
        return current.get().request.user;
    }
}
