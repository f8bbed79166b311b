// Part of a positive case: a different ThreadLocal named CURRENT, set and removed here (not a finding itself).
package app.audit;

final class Audit {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Audit() {
    }

    static void audited(String actor, Runnable work) {
        CURRENT.set(actor);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }
}
