import java.util.concurrent.Executor;

// A private setter puts its parameter into the ThreadLocal. Where every caller that passes a value calls the setter
// with null in a finally block, the value is scoped to the call; where one caller never resets it, it leaks.
class SetterResetInFinallyByCallers {
    static final class Session {
        final String user;

        Session(String user) {
            this.user = user;
        }
    }

    private static final ThreadLocal<Executor> EXECUTOR = new ThreadLocal<>();
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Session> SESSION = new ThreadLocal<>();

    private static void setExecutor(Executor executor) {
        EXECUTOR.set(executor);
    }

    private static void setSession(Session session) {
        SESSION.set(session);
    }

    static Executor decorate(Executor inner) {
        return command -> inner.execute(() -> {
            setExecutor(inner);
            try {
                command.run();
            } finally {
                setExecutor(null);
            }
        });
    }

    static void login(String user, Runnable work) {
        setSession(new Session(user));
        work.run();
    }

    static void logout() {
        setSession(null);
    }

    static Executor currentExecutor() {
        return EXECUTOR.get();
    }
}
