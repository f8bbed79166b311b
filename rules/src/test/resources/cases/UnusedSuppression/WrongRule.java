// The suppression names another rule than the finding's: both are reported.
class WrongRule {
    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:UnboundedStaticCollection")
    void compact() {
        // expect: ExplicitGcCall
        System.gc();
    }
}
