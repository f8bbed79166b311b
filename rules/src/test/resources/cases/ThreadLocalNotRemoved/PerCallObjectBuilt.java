// Positive: a context object built for the call (new, or returned by a method) is per-call data, never removed.
class PerCallObjectBuilt {
    static final class Context {
        final String user;
        final String locale;

        Context(String user, String locale) {
            this.user = user;
            this.locale = locale;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Context> CONTEXT = new ThreadLocal<>();

    static void bind(String user, String locale) {
        CONTEXT.set(new Context(user, locale));
    }

    static void bindDefault(String user) {
        CONTEXT.set(lookup(user));
    }

    private static Context lookup(String user) {
        return new Context(user, "en");
    }
}
