// A misspelled rule ID: the finding stays, and the suppression is reported.
class MisspelledRule {
    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:ExplictGcCall")
    void compact() {
        // expect: ExplicitGcCall
        System.gc();
    }
}
