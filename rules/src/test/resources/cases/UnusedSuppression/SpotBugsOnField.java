import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.HashMap;
import java.util.Map;

// A single-value @SuppressFBWarnings on a field.
class SpotBugsOnField {
    @SuppressFBWarnings("UnboundedCollection")
    // suppressed: UnboundedCollection
    private static final Map<String, Integer> COUNTS = new HashMap<>();

    static void count(String key) {
        COUNTS.merge(key, 1, Integer::sum);
    }
}
