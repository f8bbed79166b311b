import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

// The refflow: prefix works in SpotBugs' annotation as well, and is checked the same way.
class StaleRefflowInSpotBugs {
    // expect: UnusedSuppression note
    @SuppressFBWarnings(value = "refflow:ExplicitGcCall", justification = "old")
    void run() {
        System.out.println("run");
    }
}
