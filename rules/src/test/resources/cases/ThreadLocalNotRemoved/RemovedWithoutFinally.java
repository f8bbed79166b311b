// Negative: any remove() of the field in the class counts, even one that is not in a finally.
class RemovedWithoutFinally {
    private static final ThreadLocal<Long> TRACE_ID = new ThreadLocal<>();

    static void traced(long traceId, Runnable work) {
        TRACE_ID.set(traceId);
        work.run();
        TRACE_ID.remove();
    }

    static Long traceId() {
        return TRACE_ID.get();
    }
}
