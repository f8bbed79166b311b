// Negative: a plain (strong) HashMap whose value holds its key is not a weak map; the map is local and dropped.
import java.util.HashMap;
import java.util.Map;

class StrongMapHoldsKey {
    static final class Wrapper {
        final Object item;

        Wrapper(Object item) {
            this.item = item;
        }
    }

    int dedupe(Object[] items) {
        Map<Object, Wrapper> seen = new HashMap<>();
        for (Object item : items) {
            seen.put(item, new Wrapper(item));
        }
        Map<Object, Object> self = new HashMap<>();
        for (Object item : items) {
            self.put(item, item);
        }
        return seen.size() + self.size();
    }
}
