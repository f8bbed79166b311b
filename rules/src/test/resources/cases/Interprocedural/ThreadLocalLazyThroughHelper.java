// Negative: a per-thread session is created only when the helper that reads the ThreadLocal finds none, from the
// instance's own node name (not from the call's inputs): a per-thread cache.
class ThreadLocalLazyThroughHelper {
    static final class Session {
        private final String node;

        Session(String node) {
            this.node = node;
        }
    }

    private static final ThreadLocal<Session> SESSION = new ThreadLocal<>();
    private final String node;

    ThreadLocalLazyThroughHelper(String node) {
        this.node = node;
    }

    Session session(String purpose) {
        if (current() == null) {
            SESSION.set(new Session(node));
        }
        System.out.println(purpose + " on " + current().node);
        return current();
    }

    private static Session current() {
        return SESSION.get();
    }
}
