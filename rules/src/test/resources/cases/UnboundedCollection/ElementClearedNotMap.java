import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Clearing a value held in the map is not a shrink of the map: its keys still accumulate.
class ElementClearedNotMap {
    // expect: UnboundedCollection
    private static final Map<String, List<String>> BY_TOPIC = new HashMap<>();

    static void post(String topic, String message) {
        List<String> messages = BY_TOPIC.get(topic);
        if (messages == null) {
            messages = new ArrayList<>();
            BY_TOPIC.put(topic, messages);
        }
        messages.add(message);
    }

    static void reset(String topic) {
        List<String> messages = BY_TOPIC.get(topic);
        if (messages != null) {
            messages.clear();
        }
    }
}
