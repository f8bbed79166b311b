// Positive: the current user is set into a static ThreadLocal per request and never removed.
class UserNeverRemoved {
    static final class User {
        final String name;

        User(String name) {
            this.name = name;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<User> CURRENT = new ThreadLocal<>();

    static void handle(User user) {
        CURRENT.set(user);
        process();
    }

    static void process() {
        User user = CURRENT.get();
        System.out.println("handling for " + user.name);
    }
}
