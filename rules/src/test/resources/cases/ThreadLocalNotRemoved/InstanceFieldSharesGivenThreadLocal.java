// Negative: the handler is made per call, but its ThreadLocal field holds the shared static one passed in, not a new
// ThreadLocal per instance; the static one is set per call and removed in a finally block.
class InstanceFieldSharesGivenThreadLocal {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    static final class Handler {
        private final ThreadLocal<String> user;

        Handler(ThreadLocal<String> user) {
            this.user = user;
        }

        String greet() {
            return "hello " + user.get();
        }
    }

    static String serve(String name) {
        USER.set(name);
        try {
            return new Handler(USER).greet();
        } finally {
            USER.remove();
        }
    }
}
