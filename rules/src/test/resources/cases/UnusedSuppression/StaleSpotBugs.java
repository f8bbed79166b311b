import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

class StaleSpotBugs {
    // expect: UnusedSuppression note
    @SuppressFBWarnings(value = "ExplicitGcCall", justification = "was needed before the pool")
    void release() {
        System.out.println("released");
    }
}
