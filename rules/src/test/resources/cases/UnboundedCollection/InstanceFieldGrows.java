import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Instance fields live and die with their object: growing them is not this rule.
class InstanceFieldGrows {
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> seen = new ArrayList<>();

    void count(String word) {
        counts.merge(word, 1, Integer::sum);
        seen.add(word);
    }

    int distinct() {
        return counts.size() + seen.size();
    }
}
