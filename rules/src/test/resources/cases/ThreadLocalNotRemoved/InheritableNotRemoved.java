// Positive: InheritableThreadLocals (declared as such, or as ThreadLocal) set with per-call data and never removed.
class InheritableNotRemoved {
    static final class Request {
        final String path;

        Request(String path) {
            this.path = path;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private static final InheritableThreadLocal<Request> REQUEST = new InheritableThreadLocal<>();
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<String> CORRELATION = new InheritableThreadLocal<>();

    static void accept(Request request, String correlationId) {
        REQUEST.set(request);
        CORRELATION.set(correlationId);
    }

    static String path() {
        return REQUEST.get().path + " " + CORRELATION.get();
    }
}
