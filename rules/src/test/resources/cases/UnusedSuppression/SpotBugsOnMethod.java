import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

// SpotBugs' annotation, recognized by name, with a justification the report shows.
class SpotBugsOnMethod {
    @SuppressFBWarnings(value = "ExplicitGcCall", justification = "the benchmark harness wants a clean heap")
    void beforeMeasurement() {
        // suppressed: ExplicitGcCall
        System.gc();
    }
}
