// Negative: the request's user is removed after the call by a helper that is given the ThreadLocal.
class ThreadLocalRemovedByHelper {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    void handle(String user, Runnable work) {
        USER.set(user);
        try {
            work.run();
        } finally {
            forget(USER);
        }
    }

    private static void forget(ThreadLocal<?> local) {
        local.remove();
    }
}
