// Positive: a set after a null get() is not a per-thread cache when the value is built from the call's request:
// the thread keeps the first request's context, and every later request on that pooled thread sees it.
class LazyInitFromParameter {
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
    private static final ThreadLocal<Context> CTX = new ThreadLocal<>();

    static String handle(Request request) {
        if (CTX.get() == null) {
            CTX.set(new Context(request));
        }
        return CTX.get().request.user;
    }
}
