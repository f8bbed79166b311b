// Fully qualified annotation names work too.
class QualifiedNames {
    @java.lang.SuppressWarnings("refflow:ExplicitGcCall")
    void one() {
        // suppressed: ExplicitGcCall
        System.gc();
    }

    @edu.umd.cs.findbugs.annotations.SuppressFBWarnings("ExplicitGcCall")
    void two() {
        // suppressed: ExplicitGcCall
        System.gc();
    }
}
