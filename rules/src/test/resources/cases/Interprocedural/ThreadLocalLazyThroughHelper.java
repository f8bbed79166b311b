// Negative: a per-thread session is created only when the helper that reads the ThreadLocal finds none.
class ThreadLocalLazyThroughHelper {
    static final class Session {
        private final String node;

        Session(String node) {
            this.node = node;
        }
    }

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
