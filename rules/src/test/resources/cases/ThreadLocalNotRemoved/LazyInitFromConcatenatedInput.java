// Positive: the lazily set tenant key is concatenated from the call's parameters (no object the model follows, but
// the expression names them): per-call data that the thread keeps for every later call.
class LazyInitFromConcatenatedInput {
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<String> TENANT_KEY = new ThreadLocal<>();

    static String key(String region, long tenantId) {
        if (TENANT_KEY.get() == null) {
            TENANT_KEY.set(region + "/" + tenantId);
        }
        return TENANT_KEY.get();
    }
}
