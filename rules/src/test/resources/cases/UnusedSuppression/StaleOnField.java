import java.util.List;

// The static list became immutable; the suppression was left on it.
class StaleOnField {
    // expect: UnusedSuppression note
    @SuppressWarnings("refflow:UnboundedCollection")
    private static final List<String> LEVELS = List.of("low", "high");

    static boolean known(String level) {
        return LEVELS.contains(level);
    }
}
