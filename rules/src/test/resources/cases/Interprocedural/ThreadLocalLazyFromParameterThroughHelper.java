// Positive: the set runs only when the helper that reads the ThreadLocal finds none, but the session is built from
// the call's parameter: the thread keeps the first caller's node for every later call, and nothing removes it.
class ThreadLocalLazyFromParameterThroughHelper {
    static final class Session {
        private final String node;

        Session(String node) {
            this.node = node;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Session> SESSION = new ThreadLocal<>();

    Session session(String node) {
        if (current() == null) {
            SESSION.set(new Session(node));
        }
        return current();
    }

    private static Session current() {
        return SESSION.get();
    }
}
