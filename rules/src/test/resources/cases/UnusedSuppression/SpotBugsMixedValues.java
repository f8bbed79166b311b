import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

// SpotBugs' own pattern names in the same annotation are ignored, never reported as unused.
class SpotBugsMixedValues {
    private final int[] data = new int[4];

    @SuppressFBWarnings(value = {"EI_EXPOSE_REP", "ExplicitGcCall"}, justification = "legacy API")
    int[] dataAndCompact() {
        // suppressed: ExplicitGcCall
        System.gc();
        return data;
    }
}
