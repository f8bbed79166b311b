// @SuppressWarnings("refflow") silences every RefFlow rule inside the method.
class MethodSuppressesAllRules {
    @SuppressWarnings("refflow")
    void compactAfterImport() {
        // suppressed: ExplicitGcCall
        Runtime.getRuntime().gc();
    }
}
