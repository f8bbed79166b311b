// Positive: withInitial covers only the initial value; a later set of the caller's user name is per-call data.
class WithInitialThenSet {
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<String> USER = ThreadLocal.withInitial(() -> "anonymous");

    static void login(String name) {
        USER.set(name);
    }

    static String who() {
        return USER.get();
    }
}
