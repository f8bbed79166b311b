// Negative: set in bind(), removed in a separate unbind() method of the same class.
final class RemovedInUnbind {
    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    private RemovedInUnbind() {
    }

    static void bind(String tenantId) {
        TENANT.set(tenantId);
    }

    static String tenant() {
        return TENANT.get();
    }

    static void unbind() {
        TENANT.remove();
    }
}
