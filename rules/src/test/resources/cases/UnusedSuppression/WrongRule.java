// The suppression names another rule than the finding's: both are reported.
class WrongRule {
    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:UnboundedCollection")
    void compact() {
        // expect: ExplicitGcCall
        System.gc();
    }
}
