// Positive: a boxed trace id (Long) and a boxed request counter (Integer) are per-call data, never removed.
class BoxedTraceId {
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Long> TRACE_ID = new ThreadLocal<>();
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Integer> ATTEMPT = new ThreadLocal<>();

    static void start(long traceId, int attempt) {
        TRACE_ID.set(traceId);
        ATTEMPT.set(Integer.valueOf(attempt));
    }

    static String describe() {
        return TRACE_ID.get() + "/" + ATTEMPT.get();
    }
}
