// Positive: a tenant id String is per-call data; setting it without ever removing it is a finding.
class StringTenantId {
    // expect: ThreadLocalNotRemoved warning
    static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    static void enter(String tenantId) {
        TENANT.set(tenantId);
    }

    static String tenant() {
        return TENANT.get();
    }
}
