// Negative: the per-call user is removed in a finally block.
class RemovedInFinally {
    static final class User {
        final String name;

        User(String name) {
            this.name = name;
        }
    }

    private static final ThreadLocal<User> CURRENT = new ThreadLocal<>();

    static void runAs(User user, Runnable work) {
        CURRENT.set(user);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }

    static User current() {
        return CURRENT.get();
    }
}
