// Positive: an anonymous ThreadLocal whose initialValue() builds the context from the caller's request, made per
// call: every thread that reads it keeps that request's context.
class InitialValueOverrideCapturesInput {
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
        current = new ThreadLocal<Context>() { @Override protected Context initialValue() { return new Context(request); } };
    }

    static String user() {
        return current.get().request.user;
    }
}
