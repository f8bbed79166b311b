import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Every map growth verb besides put: putIfAbsent, computeIfAbsent, compute, merge, putAll.
class MapGrowthVerbs {
    // expect: UnboundedCollection
    private static final Map<String, Long> FIRST_SEEN = new HashMap<>();
    // expect: UnboundedCollection
    private static final Map<String, List<String>> GROUPS = new HashMap<>();
    // expect: UnboundedCollection
    private static final Map<String, Integer> COUNTS = new TreeMap<>();
    // expect: UnboundedCollection
    private static final Map<String, Integer> TOTALS = new HashMap<>();
    // expect: UnboundedCollection
    private static final Map<String, String> SETTINGS = new HashMap<>();

    static void seen(String id, long time) {
        FIRST_SEEN.putIfAbsent(id, time);
    }

    static void group(String key, String member) {
        GROUPS.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
    }

    static void count(String word) {
        COUNTS.compute(word, (k, v) -> v == null ? 1 : v + 1);
    }

    static void total(String key, int amount) {
        TOTALS.merge(key, amount, Integer::sum);
    }

    static void override(Map<String, String> more) {
        SETTINGS.putAll(more);
    }

    static int size() {
        return FIRST_SEEN.size() + GROUPS.size() + COUNTS.size() + TOTALS.size() + SETTINGS.size();
    }
}
