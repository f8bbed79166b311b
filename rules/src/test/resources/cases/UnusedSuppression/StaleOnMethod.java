// The gc() call was removed long ago; the suppression stayed.
class StaleOnMethod {
    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:ExplicitGcCall")
    void compactAfterImport() {
        System.out.println("imported");
    }
}
