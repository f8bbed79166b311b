// Positive: of two ThreadLocals set per call, only one is removed; the other is reported, the removed one is not.
class OnlyOneFieldRemoved {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<String> LOCALE = new ThreadLocal<>();

    static void handle(String user, String locale, Runnable work) {
        USER.set(user);
        LOCALE.set(locale);
        try {
            work.run();
        } finally {
            USER.remove();
        }
    }
}
