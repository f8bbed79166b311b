// Positive: a ThreadLocal that is lazily initialised after a null get() but also overwritten with per-call data elsewhere.
class LazyInitAndPerCallSet {
    static final class Session {
        final String user;

        Session(String user) {
            this.user = user;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Session> SESSION = new ThreadLocal<>();

    static Session session() {
        Session s = SESSION.get();
        if (s == null) {
            s = new Session("guest");
            SESSION.set(s);
        }
        return s;
    }

    static void signIn(String user) {
        SESSION.set(new Session(user));
    }
}
