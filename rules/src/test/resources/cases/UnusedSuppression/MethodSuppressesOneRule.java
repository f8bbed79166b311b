// @SuppressWarnings("refflow:RuleId") on a method silences that rule's findings inside it.
class MethodSuppressesOneRule {
    @SuppressWarnings("refflow:ExplicitGcCall")
    void compactAfterImport() {
        // suppressed: ExplicitGcCall
        System.gc();
    }
}
