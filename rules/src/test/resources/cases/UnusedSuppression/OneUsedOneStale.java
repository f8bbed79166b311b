// Two suppressions in one class: the used one is fine, the stale one is reported.
class OneUsedOneStale {
    @SuppressWarnings("refflow:ExplicitGcCall")
    void used() {
        // suppressed: ExplicitGcCall
        System.gc();
    }

    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:ExplicitGcCall")
    void stale() {
        System.out.println("nothing to excuse");
    }
}
