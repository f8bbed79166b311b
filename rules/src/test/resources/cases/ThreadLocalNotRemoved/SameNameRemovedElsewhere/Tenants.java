// Positive (with Audit.java): this field is never removed; Audit removes only its own field of the same name.
package app.tenant;

final class Tenants {
    // expect: ThreadLocalNotRemoved warning
    static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Tenants() {
    }

    static void enter(String tenantId) {
        CURRENT.set(tenantId);
    }

    static String current() {
        return CURRENT.get();
    }
}
