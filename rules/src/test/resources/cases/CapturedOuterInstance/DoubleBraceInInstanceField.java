// Double-brace maps created in an instance context but held only by instance fields die with their owner.
import java.util.HashMap;
import java.util.Map;

class DoubleBraceInInstanceField {
    private final Map<String, Integer> weights = new HashMap<>() {{
        put("a", 1);
    }};
    private Map<String, Integer> overrides;

    void init() {
        overrides = new HashMap<>() {{
            put("b", 2);
        }};
    }

    int weight(String key) {
        return overrides.getOrDefault(key, weights.getOrDefault(key, 0));
    }
}
