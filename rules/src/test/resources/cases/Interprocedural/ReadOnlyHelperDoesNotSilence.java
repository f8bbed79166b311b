import java.util.HashMap;
import java.util.Map;

// A helper that only counts the map used to make the rule assume someone might shrink it; its summary says it reads.
class ReadOnlyHelperDoesNotSilence {
    // expect: UnboundedCollection
    private static final Map<String, Object> BY_ID = new HashMap<>();

    void remember(String id, Object value) {
        BY_ID.put(id, value);
    }

    int report() {
        return count(BY_ID);
    }

    private static int count(Map<String, Object> map) {
        return map.size();
    }
}
